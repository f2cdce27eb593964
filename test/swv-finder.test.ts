import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { SwvFinder } from '../src/elements/swv-finder/swv-finder.js';
import type { SwvSelectEvent } from '../src/events/swv-select.js';
import { placeIndex, schoolIndex } from '../src/data/search-index.js';
import { $$, SAMPLE_URL, render, sample, textOf, readable } from './helpers.js';

const finder = (template: ReturnType<typeof html>) => render<SwvFinder>(template);
const input = (el: SwvFinder): HTMLInputElement => $$<HTMLInputElement>(el, 'input')[0]!;
const listbox = (el: SwvFinder): HTMLElement => $$<HTMLElement>(el, '[role=listbox]')[0]!;
const options = (el: SwvFinder): string[] => $$(el, '[role=option]').map((o) => readable(o).replace(/\s+/g, ' ').trim());
const status = (el: SwvFinder): string => readable($$(el, 'form [role=status]')[0]!).trim();
const resultHeadings = (el: SwvFinder, level = 3): string[] => $$(el, `.result h${level}`).map((h) => readable(h).trim());

/** Focuses the field and types like a person, one key at a time. */
async function type(el: SwvFinder, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function press(el: SwvFinder, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Waits for the answer below the field. */
async function answered(el: SwvFinder): Promise<void> {
  await waitUntil(() => $$(el, '.result').length > 0, 'no answer shown', { timeout: 5000 });
  await el.updateComplete;
}

/** A finder whose `swv-select` events are recorded. */
async function recorded(template: ReturnType<typeof html>): Promise<{ el: SwvFinder; selected: SwvSelectEvent[] }> {
  const { el } = await finder(template);
  const selected: SwvSelectEvent[] = [];
  el.addEventListener('swv-select', (event) => selected.push(event));
  return { el, selected };
}

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<swv-finder>', () => {
  it('is a labelled combobox with a hint, closed at first, and accessible', async () => {
    const { el, events } = await finder(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    expect(events.map((e) => e.type)).to.deep.equal(['swv-load']);
    const field = input(el);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(readable(field.labels![0]!)).to.equal('Zoek uw samenwerkingsverband');
    expect(readable(el.shadowRoot!.getElementById(field.getAttribute('aria-describedby')!)!)).to.contain('Bijvoorbeeld 3442 of Woerden');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.getAttribute('aria-controls')).to.equal(listbox(el).id);
    expect(listbox(el).hidden).to.equal(true);
    expect($$(el, 'form')[0]!.getAttribute('role')).to.equal('search');
    await expect(el).to.be.accessible();
  });

  it('suggests as the reader types and announces how many suggestions there are', async () => {
    const { el } = await finder(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    await type(el, 'voorbeeld');
    await waitUntil(() => options(el).length === 7, 'school suggestions never came');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(options(el)).to.deep.equal([
      'Voorbeeldstad, gemeente',
      'Voorbeeldverband Noord, samenwerkingsverband PO 99-01',
      'Voortgezet Voorbeeld, samenwerkingsverband VO 99-01',
      'Landelijk Voorbeeldverband, samenwerkingsverband PO 00-99',
      // Schools match by their place too.
      'Annaschool (verzonnen), school in Voorbeeldstad',
      'Basisschool De Verzonnen Eik, school in Voorbeeldstad',
      'School met de Verzonnen Bijbel, school in Voorbeeldstad',
    ]);
    expect(status(el)).to.equal('7 suggesties. Kies met de pijltjes en Enter.');
    await expect(el).to.be.accessible();
  });

  it('works from focus to answer with the keyboard alone', async () => {
    const { el, selected } = await recorded(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    await type(el, 'splitsd');
    expect(options(el)).to.deep.equal(['Splitsdorp, gemeente']);
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    await press(el, 'ArrowDown');
    const active = input(el).getAttribute('aria-activedescendant')!;
    expect(el.shadowRoot!.getElementById(active)!.getAttribute('aria-selected')).to.equal('true');
    await press(el, 'Enter');
    await answered(el);
    expect(input(el).value).to.equal('Splitsdorp');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect($$(el, '.result h2').map((h) => readable(h).trim())).to.deep.equal(['Samenwerkingsverbanden voor gemeente Splitsdorp']);
    expect(resultHeadings(el)).to.deep.equal(['PO 99-02', 'Zuiderverband']);
    const text = textOf(el);
    expect(text).to.contain('De gemeente Splitsdorp hoort bij meer dan één samenwerkingsverband.');
    expect(text).to.contain('Splitsdorp: alleen postcodes 9911');
    expect(text).to.contain('Splitsdorp: alleen postcodes 9912');
    expect(selected.map((e) => [e.kind, e.query, e.partnerships.map((p) => p.code)])).to.deep.equal([['municipality', 'Splitsdorp', ['PO9902', 'PO9903']]]);
    await expect(el).to.be.accessible();
  });

  it('moves through suggestions with both arrow keys, wrapping around', async () => {
    const { el } = await finder(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    await type(el, 'voorbeeld');
    await waitUntil(() => options(el).length === 7);
    await press(el, 'ArrowUp');
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-6');
    await press(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-0');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await answered(el);
    expect(resultHeadings(el)).to.deep.equal(['Voorbeeldverband Noord']);
  });

  it('closes the list with Escape, and clears the field with a second Escape', async () => {
    const { el } = await finder(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    await type(el, 'zuider');
    expect(listbox(el).hidden).to.equal(false);
    await press(el, 'Escape');
    expect(listbox(el).hidden).to.equal(true);
    expect(input(el).value).to.equal('zuider');
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
  });

  for (const spelling of ['9901', '9901 AA', '9901aa', ' 9901 aa ']) {
    it(`answers postcode "${spelling}" with the partnerships of both sectors, primary first`, async () => {
      const { el, selected } = await recorded(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
      await type(el, spelling);
      expect(options(el)).to.deep.equal(['Postcode 9901, postcode']);
      await press(el, 'Enter');
      await answered(el);
      expect(readable($$(el, '.result h2')[0]!).trim()).to.equal('Samenwerkingsverbanden voor postcode 9901');
      expect(resultHeadings(el)).to.deep.equal(['Voorbeeldverband Noord', 'Voortgezet Voorbeeld']);
      expect(textOf(el)).to.contain('Primair onderwijs · PO 99-01');
      expect(textOf(el)).to.contain('Voortgezet onderwijs · VO 99-01');
      expect(readable($$(el, '.result [role=status]')[0]!)).to.equal('2 samenwerkingsverbanden gevonden voor postcode 9901.');
      expect(selected[0]!.kind).to.equal('postcode');
      expect(selected[0]!.partnership!.code).to.equal('PO9901');
    });
  }

  it('gives contact details and a website link in each compact card', async () => {
    const { el } = await finder(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    await type(el, '9901');
    await press(el, 'Enter');
    await answered(el);
    const links = $$<HTMLAnchorElement>(el, '.result a').map((a) => [readable(a).trim(), a.getAttribute('href')]);
    expect(links).to.deep.include.members([
      ['012-345 67 89', 'tel:0123456789'],
      ['Website van Voorbeeldverband Noord', 'https://voorbeeld.example/'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('names the school, its partnership, and says how we know (read or derived)', async () => {
    const { el, selected } = await recorded(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    await type(el, 'verzonnen eik');
    await waitUntil(() => options(el).length === 1);
    expect(options(el)).to.deep.equal(['Basisschool De Verzonnen Eik, school in Voorbeeldstad']);
    await press(el, 'Enter');
    await answered(el);
    expect(textOf(el)).to.contain('Basisschool De Verzonnen Eik hoort bij:');
    expect(textOf(el)).to.contain('Hoe weten we dit? Het staat in de bron van deze gegevens.');
    expect(selected[0]!.kind).to.equal('school');
    expect(selected[0]!.query).to.equal('99AA00');

    input(el).select();
    await sendKeys({ type: 'testpad' });
    await waitUntil(() => options(el).length === 1);
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await waitUntil(() => textOf(el).includes('Sbo Het Testpad hoort bij:'));
    expect(textOf(el)).to.contain('We hebben het afgeleid');
  });

  it('finds a school by location code or BRIN', async () => {
    const { el } = await finder(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    await type(el, '99ac');
    await waitUntil(() => options(el).length > 0);
    expect(options(el)).to.deep.equal(['Sbo Het Testpad, school in Dorpje']);
  });

  it('asks which one is meant when a plain submit has more than one meaning', async () => {
    const { el } = await finder(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    await type(el, 'verzonnen');
    await waitUntil(() => options(el).length === 3);
    await press(el, 'Escape');
    await press(el, 'Enter');
    await answered(el);
    expect(textOf(el)).to.contain('Er zijn meer mogelijkheden voor "verzonnen". Kies wat u bedoelt:');
    const buttons = $$<HTMLButtonElement>(el, '.result button');
    expect(buttons.map((b) => readable(b))).to.have.length(3);
    await expect(el).to.be.accessible();
    buttons.find((b) => readable(b).startsWith('Annaschool'))!.click();
    await waitUntil(() => textOf(el).includes('Annaschool (verzonnen) hoort bij:'));
  });

  it('answers a plain submit at once when the text has one meaning', async () => {
    const { el } = await finder(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    await type(el, 'Zuiderdorp');
    await press(el, 'Escape');
    $$<HTMLButtonElement>(el, 'button[type=submit]')[0]!.click();
    await answered(el);
    expect(resultHeadings(el)).to.deep.equal(['Zuiderverband']);
  });

  it('says what was not found and what to try, instead of an empty area', async () => {
    const { el, selected } = await recorded(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    await type(el, 'qqqxyz');
    expect(listbox(el).hidden).to.equal(true);
    await press(el, 'Enter');
    await answered(el);
    expect(readable($$(el, '.result [role=status]')[0]!)).to.equal(
      'We hebben niets gevonden voor "qqqxyz". Probeer een postcode, zoals 3442. Of typ de naam van uw gemeente of van de school.',
    );
    expect(selected).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says when a postcode has no partnership', async () => {
    const { el } = await finder(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    await type(el, '3197');
    await press(el, 'Enter');
    await answered(el);
    expect(textOf(el)).to.contain('Postcode 3197 hoort bij geen enkel samenwerkingsverband.');
  });

  it('shows only one sector when `sector` is set', async () => {
    const { el } = await finder(html`<swv-finder src=${SAMPLE_URL} sector="vo"></swv-finder>`);
    await type(el, '9902');
    await press(el, 'Enter');
    await answered(el);
    expect(resultHeadings(el)).to.deep.equal(['Voortgezet Voorbeeld']);
    input(el).select();
    await sendKeys({ type: 'verband' });
    expect(options(el).every((o) => o.includes('VO'))).to.equal(true);
  });

  it('speaks English with lang="en", headings at the level asked for', async () => {
    const { el } = await finder(html`<swv-finder src=${SAMPLE_URL} lang="en" heading-level="4"></swv-finder>`);
    expect(readable(input(el).labels![0]!)).to.equal('Find your partnership');
    await type(el, 'splitsdorp');
    expect(status(el)).to.equal('1 suggestion. Choose with the arrow keys and Enter.');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await answered(el);
    expect(readable($$(el, '.result h4')[0]!).trim()).to.equal('Partnerships for the municipality of Splitsdorp');
    expect(resultHeadings(el, 5)).to.deep.equal(['PO 99-02', 'Zuiderverband']);
    expect(textOf(el)).to.contain('Search by your postcode for one answer.');
  });

  it('keeps the query in the address when asked, and answers it after a reload', async () => {
    const { el } = await finder(html`<swv-finder src=${SAMPLE_URL} hash-param="swv"></swv-finder>`);
    await type(el, '9912');
    await press(el, 'Enter');
    await answered(el);
    expect(location.hash).to.equal('#swv=9912');

    history.replaceState(null, '', '#other=1&swv=Zuiderdorp');
    const { el: again } = await finder(html`<swv-finder src=${SAMPLE_URL} hash-param="swv"></swv-finder>`);
    await answered(again);
    expect(input(again).value).to.equal('Zuiderdorp');
    expect(resultHeadings(again)).to.deep.equal(['Zuiderverband']);
  });

  it('leaves the address alone without hash-param', async () => {
    const { el } = await finder(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    await type(el, '9912');
    await press(el, 'Enter');
    await answered(el);
    expect(location.hash).to.equal('');
  });

  it('builds the search index once per dataset, shared by every finder', async () => {
    const data = await sample();
    expect(placeIndex(data)).to.equal(placeIndex(data));
    expect(schoolIndex(data, undefined)).to.equal(schoolIndex(data, undefined));
    expect((await schoolIndex(data, undefined)).byName.size).to.equal(4);
  });

  describe('on the default data', () => {
    it('does not download the school names for a postcode', async () => {
      // First of the default-data tests: later ones load the names on purpose, and the loader keeps them.
      const { el } = await finder(html`<swv-finder></swv-finder>`);
      await type(el, '3442 XH');
      await press(el, 'Enter');
      await answered(el);
      const names = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/school-names.json'));
      expect(names).to.have.length(0);
    });

    it('answers a postcode in Woerden with Passenderwijs and the secondary partnership', async () => {
      const { el } = await finder(html`<swv-finder></swv-finder>`);
      await type(el, '3442 XH');
      await press(el, 'Enter');
      await answered(el);
      expect(resultHeadings(el)).to.deep.equal(['Passenderwijs', 'Samenwerkingsverband VO RUW']);
    });

    it('knows the municipalities of today, their former names and the names people use', async () => {
      const { el } = await finder(html`<swv-finder></swv-finder>`);
      await type(el, 'Westerkwartier');
      await press(el, 'Enter');
      await answered(el);
      expect(resultHeadings(el)).to.deep.equal(['Samenwerkingsverband PO 20.01', 'Samenwerkingsverband Passend Onderwijs V(S)O 20.02 Groningen Ommelanden']);
      const bedum = (await finder(html`<swv-finder></swv-finder>`)).el;
      await type(bedum, 'Bedum');
      expect(options(bedum)[0]).to.equal('Het Hogeland, gemeente, voorheen Bedum');
      await press(bedum, 'Enter');
      await answered(bedum);
      expect(textOf($$(bedum, '.result')[0]!)).to.contain('Bedum hoort sinds 2019 bij de gemeente Het Hogeland.');
      for (const name of ['Den Haag', 'Den Bosch', 'Sudwest Fryslan']) {
        const other = (await finder(html`<swv-finder></swv-finder>`)).el;
        await type(other, name);
        await press(other, 'Enter');
        await answered(other);
        expect(resultHeadings(other).length, name).to.be.greaterThan(0);
      }
    });

    it('gives Berséba for a reformatorische school', async () => {
      const { el } = await finder(html`<swv-finder></swv-finder>`);
      await type(el, 'rehoboth alphen');
      await waitUntil(() => options(el).length > 0, 'the school names never loaded', { timeout: 8000 });
      expect(options(el)[0]).to.equal('Rehoboth Basisschool, school in Alphen aan den Rijn');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      await answered(el);
      expect(resultHeadings(el)).to.deep.equal(['Berséba']);
      expect(textOf(el)).to.contain('We hebben het afgeleid');
    });

    it('gives both sectors for a school for special education that the data puts in both', async () => {
      const { el, selected } = await recorded(html`<swv-finder></swv-finder>`);
      await type(el, '02GA00');
      await waitUntil(() => options(el).length > 0, 'the school names never loaded', { timeout: 8000 });
      expect(options(el)).to.deep.equal(["Koetsveldschool, school in 's-Gravenhage"]);
      await press(el, 'Enter');
      await answered(el);
      expect(selected[0]!.partnerships.map((p) => p.code)).to.deep.equal(['PO2815', 'VO2806']);
      expect(textOf(el)).to.contain('Primair onderwijs');
      expect(textOf(el)).to.contain('Voortgezet onderwijs');
    });

    it('fires swv-select once per answer', async () => {
      const { el } = await finder(html`<swv-finder></swv-finder>`);
      await type(el, 'woerden');
      const event = oneEvent(el, 'swv-select') as unknown as Promise<SwvSelectEvent>;
      await press(el, 'Enter');
      expect((await event).partnerships.map((p) => p.code)).to.deep.equal(['PO2604', 'VO2604']);
    });
  });
});
