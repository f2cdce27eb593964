import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { OprInfo } from '../src/elements/opr-info/opr-info.js';
import { $$, SAMPLE_URL, render, textOf, readable } from './helpers.js';

const headings = (el: Element, level: number): string[] => $$(el, `h${level}`).map((h) => readable(h).trim());

async function waitForText(el: OprInfo): Promise<void> {
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('section'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
}

describe('<opr-info>', () => {
  it('explains the OPR in plain Dutch without loading any data', async () => {
    const el = await fixture<OprInfo>(html`<opr-info src="/__test/count/opr-general"></opr-info>`);
    await waitForText(el);
    expect(headings(el, 2)).to.deep.equal(['Wat is de ondersteuningsplanraad (OPR)?']);
    expect(headings(el, 3)).to.deep.equal(['Wie zitten erin?', 'Wat doet de OPR?', 'Hoe kunt u meedoen?']);
    const text = textOf(el);
    expect(text).to.contain('De andere helft is ouder van een leerling.');
    expect(text).to.contain('Het plan geldt pas als de OPR ermee instemt.');
    expect(text).to.contain('Vraag het aan de medezeggenschapsraad (MR) van de school van uw kind.');
    expect($$(el, 'ul > li')).to.have.length(3);
    expect(await (await fetch('/__test/counter/opr-general')).json()).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('mentions pupils for secondary education', async () => {
    const el = await fixture<OprInfo>(html`<opr-info sector="vo"></opr-info>`);
    await waitForText(el);
    expect(textOf(el)).to.contain('De andere helft is ouder of leerling.');
  });

  it('speaks English', async () => {
    const el = await fixture<OprInfo>(html`<opr-info lang="en" heading-level="3"></opr-info>`);
    await waitForText(el);
    expect(headings(el, 3)).to.deep.equal(['What is the support plan council (OPR)?']);
    expect(headings(el, 4)).to.deep.equal(['Who are the members?', 'What does the OPR do?', 'How can you take part?']);
    await expect(el).to.be.accessible();
  });

  it("with code, shows the partnership's OPR first, then the explanation one level lower", async () => {
    const { el, events } = await render<OprInfo>(html`<opr-info src=${SAMPLE_URL} code="po-99-01"></opr-info>`);
    expect(events.map((e) => e.type)).to.deep.equal(['swv-load']);
    expect(headings(el, 2)).to.deep.equal(['De OPR van Voorbeeldverband Noord']);
    expect(headings(el, 3)).to.deep.equal(['Meedoen', 'Contact met de OPR', 'Volgende vergaderingen', 'Documenten', 'Wat is de ondersteuningsplanraad (OPR)?']);
    expect(headings(el, 4)).to.have.length(3);
    const text = textOf(el);
    expect(text).to.contain('De OPR heeft 12 zetels: 6 voor medewerkers en 6 voor ouders. Er zijn nu 2 plekken vrij.');
    expect(text).to.contain('Functies in de OPR: voorzitter en secretaris.');
    expect(text).to.contain('Vraag het aan de MR van uw school.');
    await expect(el).to.be.accessible();
  });

  it('lists only future meetings, soonest first, with their documents', async () => {
    const { el } = await render<OprInfo>(html`<opr-info src=${SAMPLE_URL} code="PO9901"></opr-info>`);
    const meetings = $$(el, 'h3').find((h) => readable(h) === 'Volgende vergaderingen')!.nextElementSibling!;
    expect([...meetings.querySelectorAll('li')].map((li) => readable(li).replace(/\s+/g, ' ').trim())).to.deep.equal([
      '20 november 2098',
      '2 maart 2099 (Agenda van 2 maart 2099)',
    ]);
    expect(textOf(el)).not.to.contain('2001');
    const docs = $$<HTMLAnchorElement>(el, '[part="document-link"]').map((a) => readable(a));
    expect(docs).to.deep.equal(['Reglement OPR (PDF, 120 kB)']);
  });

  it('mentions pupils in VO seats and formats dates in English', async () => {
    const { el } = await render<OprInfo>(html`<opr-info src=${SAMPLE_URL} code="VO9901" lang="en"></opr-info>`);
    expect(textOf(el)).to.contain('The OPR has 9 seats: 3 for staff, 3 for parents and 3 for pupils. There are no open seats right now.');
    expect(textOf(el)).to.contain('The other half are parents or pupils.');
  });

  it('says when a partnership has no OPR data', async () => {
    const { el } = await render<OprInfo>(html`<opr-info src=${SAMPLE_URL} code="PO9903"></opr-info>`);
    expect(textOf(el)).to.contain('We hebben nog geen gegevens over de OPR van Zuiderverband.');
  });

  it('fires not-found for an unknown code and still explains the OPR', async () => {
    const { el, errors } = await render<OprInfo>(html`<opr-info src=${SAMPLE_URL} code="PO1111"></opr-info>`);
    expect(errors.map((e) => e.kind)).to.deep.equal(['not-found']);
    expect(readable($$(el, '[role="status"]')[0]!)).to.equal('Er is geen samenwerkingsverband met code PO1111 in deze gegevens.');
    expect(headings(el, 3)).to.deep.equal(['Wat is de ondersteuningsplanraad (OPR)?']);
    await expect(el).to.be.accessible();
  });
});
