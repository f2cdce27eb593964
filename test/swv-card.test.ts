import { expect, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { SwvCard } from '../src/elements/swv-card/swv-card.js';
import { $$, SAMPLE_URL, render, textOf, readable } from './helpers.js';

const card = (template: ReturnType<typeof html>) => render<SwvCard>(template);
const headings = (el: Element, level: number): string[] => $$(el, `h${level}`).map((h) => readable(h).trim());
const links = (el: Element): [string, string][] => $$<HTMLAnchorElement>(el, 'a').map((a) => [readable(a).trim(), a.getAttribute('href')!]);

describe('<swv-card>', () => {
  it('shows one partnership in full, with sections at the next heading level', async () => {
    const { el, events } = await card(html`<swv-card src=${SAMPLE_URL} code="PO 99-01"></swv-card>`);
    expect(events.map((e) => e.type)).to.deep.equal(['swv-load']);
    expect(headings(el, 2)).to.deep.equal(['Voorbeeldverband Noord']);
    expect(headings(el, 3)).to.deep.equal([
      'Gebied',
      'Contact',
      'Ouder- en jeugdsteunpunt',
      'Ondersteuningsplan',
      'Ondersteuningsplanraad (OPR)',
      'Scholen',
      'Samenwerkingsverbanden in hetzelfde gebied',
      'Meer informatie',
    ]);
    const text = textOf(el);
    expect(text).to.contain('PO 99-01 · Primair onderwijs · Regionaal');
    expect(text).to.contain('Stichting Voorbeeldverband Noord');
    expect($$(el, 'p').map((p) => readable(p))).to.include.members(['Eerste alinea van de beschrijving.', 'Tweede alinea.']);
    expect(text).to.contain('De OPR heeft 12 zetels: 6 voor medewerkers en 6 voor ouders. Er zijn nu 2 plekken vrij.');
    expect(text).to.contain('Bron: Verzonnen testbron (peildatum 1 januari 2026).');
    await expect(el).to.be.accessible();
  });

  it('gives contact details as a description list with tel: and mailto: links', async () => {
    const { el } = await card(html`<swv-card src=${SAMPLE_URL} code="PO9901"></swv-card>`);
    const dl = $$(el, 'dl')[0]!;
    expect([...dl.querySelectorAll('dt')].map((dt) => readable(dt))).to.deep.equal(['Bezoekadres', 'Postadres', 'Telefoon', 'E-mail', 'Website']);
    expect((dl.querySelectorAll('dd')[0] as HTMLElement).innerText).to.equal('Voorbeeldlaan 1\n9901 AA Voorbeeldstad');
    expect(links(el)).to.deep.include.members([
      ['012-345 67 89', 'tel:0123456789'],
      ['info@voorbeeld.example', 'mailto:info@voorbeeld.example'],
      ['Website van Voorbeeldverband Noord', 'https://voorbeeld.example/'],
      ['Ondersteuningsplan 2022-2026 (PDF, 1,2 MB)', 'https://voorbeeld.example/plan.pdf'],
      ['Meer over de OPR van Voorbeeldverband Noord', 'https://voorbeeld.example/opr'],
      ['Nieuwsbrief', 'https://voorbeeld.example/nieuws'],
    ]);
  });

  it('lists support plans newest first with period and the date of OPR consent', async () => {
    const { el } = await card(html`<swv-card src=${SAMPLE_URL} code="PO9901"></swv-card>`);
    const items = $$(el, 'li')
      .map((li) => readable(li).replace(/\s+/g, ' ').trim())
      .filter((text) => text.startsWith('Ondersteuningsplan 20'));
    expect(items[0]).to.equal('Ondersteuningsplan 2022-2026 (PDF, 1,2 MB), 2022 tot en met 2026. De OPR stemde in op 17 mei 2022.');
    expect(items[1]).to.equal('Ondersteuningsplan 2018-2022, 2018 tot en met 2022.');
  });

  for (const level of [1, 2, 4]) {
    it(`puts its title at heading level ${level}`, async () => {
      const { el } = await card(html`<swv-card src=${SAMPLE_URL} code="PO9901" heading-level=${level}></swv-card>`);
      expect(headings(el, level)).to.deep.equal(['Voorbeeldverband Noord']);
      expect(headings(el, level + 1)).to.have.length(8);
    });
  }

  it('shows the schools in an expandable list grouped by place, and says which are derived', async () => {
    const { el } = await card(html`<swv-card src=${SAMPLE_URL} code="PO9901"></swv-card>`);
    const details = $$<HTMLDetailsElement>(el, 'details')[0]!;
    expect(details.open).to.equal(false);
    expect(readable(details.querySelector('summary')!)).to.equal('Bekijk de lijst met 3 scholen');
    expect([...details.querySelectorAll('.place')].map((p) => readable(p))).to.deep.equal(['Dorpje', 'Voorbeeldstad']);
    const schools = [...details.querySelectorAll('li li')].map((li) => readable(li).replace(/\s+/g, ' ').trim());
    expect(schools).to.deep.equal([
      'Sbo Het Testpad · SBAO · afgeleid',
      'Annaschool (verzonnen) · basisschool · Rooms-Katholiek · afgeleid',
      'Basisschool De Verzonnen Eik · basisschool · Openbaar',
    ]);
    expect(readable(details)).to.contain('Bij scholen met "afgeleid" staat het lidmaatschap niet in een bron.');
    details.open = true;
    await expect(el).to.be.accessible();
  });

  it('loads a separate school file only when the list is opened', async () => {
    const { el } = await card(html`<swv-card src=${SAMPLE_URL} code="VO9901"></swv-card>`);
    const details = $$<HTMLDetailsElement>(el, 'details')[0]!;
    expect(details.querySelector('li')).to.equal(null);
    details.open = true;
    await oneEvent(details, 'toggle');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    expect([...details.querySelectorAll('li li')].map((li) => readable(li).replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Testmavo · VBO/MAVO · afgeleid',
      'Verzonnen College · HAVO/VWO',
    ]);
  });

  it('names related partnerships with a link to their website', async () => {
    const { el } = await card(html`<swv-card src=${SAMPLE_URL} code="VO9901"></swv-card>`);
    expect(links(el)).to.deep.include(['Voorbeeldverband Noord', 'https://voorbeeld.example/']);
    expect(textOf(el)).to.contain('Voorbeeldverband Noord (PO 99-01), basisonderwijs');
  });

  it('shows the display code as the title when no name is known', async () => {
    const { el } = await card(html`<swv-card src=${SAMPLE_URL} code="PO9902"></swv-card>`);
    expect(headings(el, 2)).to.deep.equal(['PO 99-02']);
  });

  describe('choosing the partnership', () => {
    const cases: [string, ReturnType<typeof html>, string][] = [
      ['a postcode with sector po', html`<swv-card src=${SAMPLE_URL} postcode="9901 AB" sector="po"></swv-card>`, 'Voorbeeldverband Noord'],
      ['a postcode with sector vo', html`<swv-card src=${SAMPLE_URL} postcode="9901ab" sector="vo"></swv-card>`, 'Voortgezet Voorbeeld'],
      ['a municipality with accents', html`<swv-card src=${SAMPLE_URL} municipality="sudwest-fryslan" sector="po"></swv-card>`, 'Voorbeeldverband Noord'],
      ['a school location code', html`<swv-card src=${SAMPLE_URL} school="99ab00"></swv-card>`, 'Voorbeeldverband Noord'],
      ['a BRIN', html`<swv-card src=${SAMPLE_URL} school="99ZZ" sector="po"></swv-card>`, 'Landelijk Voorbeeldverband'],
    ];
    for (const [name, template, title] of cases) {
      it(`by ${name}`, async () => {
        const { el } = await card(template);
        expect(headings(el, 2)).to.deep.equal([title]);
      });
    }

    it('asks for a postcode when a municipality is split, naming each part', async () => {
      const { el } = await card(html`<swv-card src=${SAMPLE_URL} municipality="Splitsdorp" sector="po"></swv-card>`);
      expect(textOf(el)).to.contain('Bij gemeente Splitsdorp horen meer samenwerkingsverbanden. Vul een postcode in om het juiste te vinden:');
      expect($$(el, 'li').map((li) => readable(li).replace(/\s+/g, ' ').trim())).to.deep.equal([
        'PO 99-02 (basisonderwijs): Splitsdorp: alleen postcodes 9911',
        'Zuiderverband (PO 99-03, basisonderwijs): Splitsdorp: alleen postcodes 9912',
      ]);
      await expect(el).to.be.accessible();
    });

    it('says so, and fires not-found, for an unknown code', async () => {
      const { el, errors } = await card(html`<swv-card src=${SAMPLE_URL} code="PO 12-34"><a href="https://example.org">Meer</a></swv-card>`);
      expect(errors.map((e) => e.kind)).to.deep.equal(['not-found']);
      expect(readable($$(el, '[role="status"]')[0]!)).to.equal('We hebben geen samenwerkingsverband gevonden voor code PO 12-34.');
      expect($$<HTMLSlotElement>(el, 'slot')[0]!.assignedElements()).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('says a postcode with no partnership belongs to none', async () => {
      const { el, errors } = await card(html`<swv-card src=${SAMPLE_URL} postcode="3197" sector="po" lang="en"></swv-card>`);
      expect(errors[0]!.message).to.equal('Postcode 3197 does not belong to any partnership. This is the case for the Europoort harbour, for example.');
      expect(textOf(el)).to.contain('does not belong to any partnership');
    });
  });

  it('speaks English', async () => {
    const { el } = await card(html`<swv-card src=${SAMPLE_URL} code="PO9901" lang="en"></swv-card>`);
    expect(headings(el, 3)).to.include.members(['Area', 'Contact', 'Support plan', 'Schools', 'Partnerships in the same area']);
    expect(textOf(el)).to.contain('The OPR has 12 seats: 6 for staff and 6 for parents. There are 2 open seats right now.');
    expect(textOf(el)).to.contain('Source: Verzonnen testbron (reference date 1 January 2026).');
    expect(textOf(el)).to.contain('First paragraph of the description.');
    await expect(el).to.be.accessible();
  });
});
