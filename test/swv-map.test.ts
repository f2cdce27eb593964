/**
 * `<swv-map>` on the packaged default data, as readers use it: every partnership reachable and
 * named, the keyboard, a tap, the list, provinces, a card that follows the map, a postcode, a
 * municipality split between partnerships, colours (light, dark, forced colours), no request to
 * another origin, and the map file only when the map nears the viewport.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { SwvMap } from '../src/elements/swv-map/swv-map.js';
import type { SwvCard } from '../src/elements/swv-card/swv-card.js';
import type { SwvSelectEvent } from '../src/events/swv-select.js';
import type { SwvData } from '../src/format/types.js';
import { $$, readable, render, textOf, PROVINCE_HEADINGS } from './helpers.js';

const index = (): Promise<SwvData> => fetch('/src/swv-data/index.json').then((r) => r.json() as Promise<SwvData>);
const options = (el: SwvMap): SVGPathElement[] => $$<SVGPathElement>(el, '[role=option]');
const option = (el: SwvMap, id: string): SVGPathElement => $$<SVGPathElement>(el, `[data-id="${id}"]`)[0]!;
const focusedId = (el: SwvMap): string | null => (el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-id') ?? null;
const selectedIds = (el: SwvMap): string[] =>
  options(el)
    .filter((o) => o.getAttribute('aria-selected') === 'true')
    .map((o) => o.dataset.id!);
const said = (el: SwvMap): string => readable($$(el, '.said')[0]).trim();
const chosen = (el: SwvMap): Promise<SwvSelectEvent> => oneEvent(el, 'swv-select') as unknown as Promise<SwvSelectEvent>;

async function map(template = html`<swv-map loading="eager"></swv-map>`): Promise<SwvMap> {
  const { el } = await render<SwvMap>(template);
  await waitUntil(() => options(el).length > 0, 'no map', { timeout: 5000 });
  return el;
}

describe('<swv-map>', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  for (const sector of ['po', 'vo'] as const) {
    it(`gives every regional ${sector} partnership of the default data a region with an accessible name`, async () => {
      const el = await map(html`<swv-map sector=${sector} loading="eager"></swv-map>`);
      const data = await index();
      const names = new Map(options(el).map((o) => [o.dataset.id, o.getAttribute('aria-label') ?? '']));
      for (const p of data.partnerships.filter((q) => q.sector === sector && q.scope !== 'national')) {
        const name = names.get(p.code);
        expect(name, p.code).to.be.a('string');
        if (p.name) expect(name).to.contain(p.name);
        expect(name).to.match(new RegExp(`${p.code.slice(0, 2)} ${p.code.slice(2, 4)}-${p.code.slice(4)}`));
        for (const municipality of p.area?.municipalities ?? []) expect(name).to.contain(municipality);
      }
      const svg = $$(el, 'svg')[0]!;
      expect(svg.getAttribute('role')).to.equal('listbox');
      expect(svg.getAttribute('aria-label')).to.equal(
        sector === 'po' ? 'Samenwerkingsverbanden basisonderwijs' : 'Samenwerkingsverbanden voortgezet onderwijs',
      );
    });
  }

  it('has one tab stop; the arrow keys reach every region from the first', async () => {
    const el = await map();
    expect(options(el).filter((o) => o.getAttribute('tabindex') === '0')).to.have.length(1);
    const svg = $$<SVGSVGElement>(el, 'svg')[0]!;
    const regions = options(el)
      .map((o) => o.dataset.id!)
      .filter((id) => !id.startsWith('~'));
    const reached = new Set<string>([regions[0]!]);
    const queue = [regions[0]!];
    while (queue.length) {
      const from = queue.shift()!;
      for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
        option(el, from).focus();
        await el.updateComplete;
        svg.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        await el.updateComplete;
        const to = focusedId(el);
        if (to && !reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    expect(regions.filter((id) => !reached.has(id))).to.deep.equal([]);
  });

  it('with real keys: Tab enters the map, an arrow moves to a neighbour, Enter chooses, Home and End, Escape leaves', async () => {
    const el = await map(html`<swv-map loading="eager" code="PO2604"></swv-map>`);
    const events: SwvSelectEvent[] = [];
    el.addEventListener('swv-select', (event) => events.push(event));
    $$<HTMLButtonElement>(el, '.switch')[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el)).to.equal('PO2604');
    // Focus is visible: a dashed outline over the focused region, drawn on top of its neighbours.
    const ring = $$<SVGPathElement>(el, '.mark.focus')[0]!;
    expect(getComputedStyle(ring).display).not.to.equal('none');
    expect(ring.getAttribute('d')).to.equal(option(el, 'PO2604').getAttribute('d'));
    expect(parseFloat(getComputedStyle(ring).strokeWidth)).to.be.at.least(3);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const east = focusedId(el)!;
    const neighbours = (await fetch('/src/swv-data/maps/po.json').then((r) => r.json())).regions.find((r: { code: string }) => r.code === 'PO2604').neighbours;
    expect(neighbours).to.include(east);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(selectedIds(el)).to.deep.equal([east]);
    expect(events.map((e) => [e.kind, e.partnership?.code])).to.deep.equal([['partnership', east]]);
    expect(said(el)).to.match(/^Gekozen: .+ \(PO \d\d-\d\d\)\.$/);
    await sendKeys({ press: 'Home' });
    expect(focusedId(el)).to.equal(options(el)[0]!.dataset.id);
    await sendKeys({ press: 'End' });
    expect(focusedId(el)).to.equal(options(el).at(-1)!.dataset.id);
    await sendKeys({ press: 'Escape' });
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.switch')[0]);
    expect(getComputedStyle($$(el, '.mark.focus')[0]!).display).to.equal('none');
  });

  it('a tap chooses; `for` makes the card on the page show the choice', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <swv-map loading="eager" for="chosen"></swv-map>
        <swv-card id="chosen" postcode="3442" sector="po"></swv-card>
      </div>`,
    );
    const el = wrapper.querySelector('swv-map')!;
    const card = wrapper.querySelector<SwvCard>('swv-card')!;
    await waitUntil(() => options(el).length > 0, 'no map', { timeout: 5000 });
    const selected = chosen(el);
    option(el, 'PO2101').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).partnership?.code).to.equal('PO2101');
    expect(card.getAttribute('code')).to.equal('PO2101');
    expect(card.hasAttribute('postcode')).to.equal(false);
    await waitUntil(() => card.dataState === 'complete' && textOf(card).includes('PO 21-01'), 'the card did not follow', { timeout: 5000 });
  });

  it('`postcode` chooses the partnership of that postcode and brings its province into view', async () => {
    const el = await map(html`<swv-map loading="eager" postcode="3442 XH"></swv-map>`);
    expect(selectedIds(el)).to.deep.equal(['PO2604']);
    const utrecht = $$<HTMLButtonElement>(el, '.tools [role=group] button').find((b) => readable(b).trim() === 'Utrecht')!;
    expect(utrecht.getAttribute('aria-pressed')).to.equal('true');
    const vo = await map(html`<swv-map loading="eager" sector="vo" postcode="3442"></swv-map>`);
    expect(selectedIds(vo)).to.deep.equal(['VO2604']);
  });

  it('a municipality split between partnerships asks for a postcode, and the postcode decides', async () => {
    const el = await map();
    const staphorst = option(el, '~Staphorst');
    expect(staphorst.getAttribute('aria-label')).to.match(/^Staphorst is verdeeld over .+\. Kies met uw postcode\.$/);
    staphorst.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(said(el)).to.equal('Staphorst is verdeeld over meer samenwerkingsverbanden. Wat is uw postcode?');
    const input = $$<HTMLInputElement>(el, 'form input')[0]!;
    await waitUntil(() => el.shadowRoot!.activeElement === input, 'the postcode field has focus');
    expect(readable(input.closest('label')).trim()).to.equal('Uw postcode');
    await sendKeys({ type: '7954' });
    const selected = chosen(el);
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect([event.kind, event.query, event.partnership?.code]).to.deep.equal(['postcode', '7954', 'PO2305']);
    expect(selectedIds(el)).to.deep.equal(['PO2305']);
  });

  it('province buttons narrow the view; "Heel Nederland" shows all of it again', async () => {
    const el = await map();
    const svg = $$<SVGSVGElement>(el, 'svg')[0]!;
    const whole = svg.getAttribute('viewBox');
    const zeeland = $$<HTMLButtonElement>(el, '.tools [role=group] button').find((b) => readable(b).trim() === 'Zeeland')!;
    zeeland.click();
    await el.updateComplete;
    expect(zeeland.getAttribute('aria-pressed')).to.equal('true');
    const [, , width] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect(width).to.be.below(Number(whole!.split(' ')[2]) / 2);
    $$<HTMLButtonElement>(el, '.tools [role=group] button')[0]!.click();
    await el.updateComplete;
    expect(svg.getAttribute('viewBox')).to.equal(whole);
  });

  it('"Toon als lijst" gives the same choice as a list by province', async () => {
    const el = await map();
    const list = $$<HTMLElement>(el, '[part=list]')[0]!;
    expect(getComputedStyle(list).display).to.equal('none');
    const toggle = $$<HTMLButtonElement>(el, '.switch')[0]!;
    expect(readable(toggle).trim()).to.equal('Toon als lijst');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle(list).display).to.equal('block');
    expect(getComputedStyle($$(el, 'svg')[0]!).display).to.equal('none');
    const headings = $$(el, '[part=list] h3').map((h) => readable(h).trim());
    expect(headings).to.deep.equal(PROVINCE_HEADINGS);
    const choices = $$<HTMLButtonElement>(el, '[part=list] button');
    expect(choices).to.have.length(77);
    const selected = chosen(el);
    choices.find((b) => readable(b).includes('PO 26-04'))!.click();
    expect((await selected).partnership?.code).to.equal('PO2604');
  });

  for (const [scheme, forced] of [
    ['light', 'none'],
    ['dark', 'none'],
    ['light', 'active'],
  ] as const) {
    it(`passes axe with ${scheme} colours${forced === 'active' ? ' and forced colours' : ''}; region borders have 3:1 contrast; the choice shows by more than colour`, async () => {
      await emulateMedia({ colorScheme: scheme, forcedColors: forced });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="background:${scheme === 'dark' ? '#111' : '#fff'};color:${scheme === 'dark' ? '#eee' : '#111'};color-scheme:${scheme}">
          <swv-map loading="eager" code="PO2604" style="--swv-map-land:${scheme === 'dark' ? '#111' : '#fff'}"></swv-map>
        </div>`,
      );
      const el = wrapper.querySelector('swv-map')!;
      await waitUntil(() => options(el).length > 0, 'no map', { timeout: 5000 });
      await expect(el).to.be.accessible();
      const chosen = option(el, 'PO2604');
      const mark = $$<SVGPathElement>(el, '.mark:not(.focus)')[0]!;
      expect(mark.getAttribute('d')).to.equal(chosen.getAttribute('d'));
      expect(parseFloat(getComputedStyle(mark).strokeWidth)).to.be.at.least(3);
      expect(parseFloat(getComputedStyle(chosen).strokeWidth)).to.be.below(1);
      if (forced === 'none') {
        const stroke = getComputedStyle(chosen).stroke;
        const fill = getComputedStyle(chosen).fill;
        expect(contrast(stroke, fill), `${stroke} on ${fill}`).to.be.at.least(3);
      }
    });
  }

  it('asks nothing of another origin, and loads the map file only near the viewport', async () => {
    const before = new Set(performance.getEntriesByType('resource').map((e) => e.name));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height:4000px"></div>
        <swv-map></swv-map>
      </div>`,
    );
    const el = wrapper.querySelector('swv-map')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.dataState).to.equal('initial');
    el.scrollIntoView();
    await waitUntil(() => options(el).length > 0, 'no map', { timeout: 5000 });
    const requests = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => !before.has(name));
    expect(requests.filter((url) => new URL(url).origin !== location.origin)).to.deep.equal([]);
  });

  it('says so when the data has no map', async () => {
    const data = await index();
    delete data.lookups!.maps;
    const { el, errors } = await render<SwvMap>(html`<swv-map loading="eager" .data=${data}></swv-map>`);
    expect(textOf(el)).to.contain('Bij deze gegevens hoort geen kaart.');
    expect(errors.map((e) => e.kind)).to.deep.equal(['not-found']);
  });

  it('speaks English with lang="en"', async () => {
    const el = await map(html`<swv-map loading="eager" lang="en" code="PO2604"></swv-map>`);
    expect(readable($$(el, 'h2')[0]).trim()).to.equal('Partnerships for primary education');
    expect(readable($$(el, '.switch')[0]).trim()).to.equal('Show as list');
    expect(said(el)).to.equal('Chosen: Passenderwijs (PO 26-04).');
  });
});

/** WCAG contrast ratio of two computed `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string): number => {
    // rgb(0-255 …) or color(srgb 0-1 …), as Chromium computes colour-mix().
    const scale = colour.startsWith('color(') ? 1 : 255;
    const [r, g, b2] = (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
      const c = Number(v) / scale;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}
