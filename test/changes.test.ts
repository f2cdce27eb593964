/**
 * What changed since 2015, as readers see it: merged and renamed partnerships, municipalities
 * that merged or were split, other names people use, and OPR vacancies with their date.
 * Fixture: test/fixtures/changes.json (made up).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { SwvCard } from '../src/elements/swv-card/swv-card.js';
import type { SwvFinder } from '../src/elements/swv-finder/swv-finder.js';
import type { SwvOverview } from '../src/elements/swv-overview/swv-overview.js';
import type { OprInfo } from '../src/elements/opr-info/opr-info.js';
import { forMunicipality, municipalitiesNamed } from '../src/data/select.js';
import type { SwvData } from '../src/format/types.js';
import { $$, render, textOf, readable } from './helpers.js';

const URL_ = '/test/fixtures/changes.json';
const fixture = async (): Promise<SwvData> => (await fetch(URL_)).json() as Promise<SwvData>;

async function ask(text: string): Promise<SwvFinder> {
  const { el } = await render<SwvFinder>(html`<swv-finder src=${URL_}></swv-finder>`);
  $$<HTMLInputElement>(el, 'input')[0]!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
  return el;
}

const options = (el: Element): string[] => $$(el, '[role=option]').map((o) => readable(o).replace(/\s+/g, ' ').trim());

async function submit(el: SwvFinder): Promise<void> {
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $$(el, '.result').length > 0, 'no answer', { timeout: 5000 });
  await el.updateComplete;
}

describe('municipalities of today, by their former and other names', () => {
  it('leads a former name to the municipality it merged into, and a split one to each part', async () => {
    const data = await fixture();
    expect(municipalitiesNamed(data, 'oudedorp')).to.deep.equal([{ name: 'Nieuwstad', via: { name: 'Oudedorp', kind: 'former', date: '2019-01-01' } }]);
    expect(municipalitiesNamed(data, 'Vroegerveld').map((m) => m.name)).to.deep.equal(['Nieuwstad', 'Kleinveen']);
    expect(municipalitiesNamed(data, 'Klein Veen')).to.deep.equal([{ name: 'Kleinveen', via: { name: 'Klein Veen', kind: 'other' } }]);
    expect(forMunicipality(data, 'Oudedorp').map((p) => p.code)).to.deep.equal(['VO9951']);
    expect(municipalitiesNamed(data, 'Nergensdorp')).to.deep.equal([]);
  });

  it("the finder suggests today's municipality for a former name and says where it went", async () => {
    const el = await ask('Oudedorp');
    expect(options(el)).to.deep.equal(['Nieuwstad, gemeente, voorheen Oudedorp']);
    await submit(el);
    expect(textOf($$(el, '.result')[0]!)).to.contain('Oudedorp hoort sinds 2019 bij de gemeente Nieuwstad.');
    expect($$(el, '.result h3').map((h) => readable(h).trim())).to.deep.equal(['SWV De Brug']);
    await expect(el).to.be.accessible();
  });

  it('asks which part is meant when a former municipality was split', async () => {
    const el = await ask('Vroegerveld');
    expect(options(el)).to.deep.equal(['Nieuwstad, gemeente, deels voorheen Vroegerveld', 'Kleinveen, gemeente, deels voorheen Vroegerveld']);
    await submit(el);
    expect(textOf($$(el, '.result')[0]!)).to.contain('Er zijn meer mogelijkheden voor "Vroegerveld"');
  });

  it('finds a municipality by another name people use, and a partnership by its long name', async () => {
    const other = await ask('Klein Veen');
    await submit(other);
    expect(textOf($$(other, '.result')[0]!)).to.contain('Klein Veen heet officieel Kleinveen.');
    const long = await ask('Oude Brug');
    expect(options(long)).to.deep.equal(['SWV De Brug, samenwerkingsverband VO 99-51']);
  });

  it('the overview filters by a former municipality name', async () => {
    const { el } = await render<SwvOverview>(html`<swv-overview src=${URL_} municipality="Oudedorp"></swv-overview>`);
    expect($$(el, 'li h3').map((h) => readable(h).trim())).to.deep.equal(['SWV De Brug']);
  });
});

describe('changes since 2015 and other names on the card', () => {
  it('shows the merger with its date and a link to its source, and the other names', async () => {
    const { el } = await render<SwvCard>(html`<swv-card src=${URL_} code="VO9951" lang="nl"></swv-card>`);
    const headings = $$(el, 'h3').map((h) => readable(h).trim());
    expect(headings).to.include('Wat is er veranderd sinds 2015?');
    const change = $$(el, '[part=changes] li')[0]!;
    expect(textOf(change)).to.match(
      /^1 augustus 2020: Op 1 augustus 2020 gingen VO 99-51 en VO 99-52 samen verder als SWV De Brug\. \(Bron: voorbeeld\.example\/fusie\)$/,
    );
    expect(change.querySelector('a')!.getAttribute('href')).to.equal('https://voorbeeld.example/fusie');
    expect(textOf(el.shadowRoot!.querySelector('article')!)).to.contain('Ook bekend als: Samenwerkingsverband Oude Brug; SWV OB.');
    await expect(el).to.be.accessible();
  });

  it('shows the change in English for English readers', async () => {
    const { el } = await render<SwvCard>(html`<swv-card src=${URL_} code="VO9951" lang="en"></swv-card>`);
    expect(textOf($$(el, '[part=changes] li')[0]!)).to.contain('1 August 2020: On 1 August 2020, VO 99-51 and VO 99-52 joined as SWV De Brug.');
  });

  it("the finder's answer carries the change too", async () => {
    const el = await ask('SWV De Brug');
    await submit(el);
    expect(textOf($$(el, '.result [part=changes]')[0]!)).to.contain('samen verder als SWV De Brug');
  });
});

describe('OPR vacancies with their date', () => {
  it('says when the source counted the open seats', async () => {
    const { el } = await render<OprInfo>(html`<opr-info src=${URL_} code="VO9951"></opr-info>`);
    expect(textOf(el)).to.contain('In maart 2020: 3 plekken vrij.');
    const card = await render<SwvCard>(html`<swv-card src=${URL_} code="VO9951" lang="en"></swv-card>`);
    expect(textOf(card.el.shadowRoot!.querySelector('article')!)).to.contain('In March 2020: 3 open seats.');
  });
});
