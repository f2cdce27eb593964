/**
 * Smoke test of the built script-tag file (dist/cdn/, made by `npm test` before the browser tests)
 * on the packaged default data beside it: what a school website gets from one script tag.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { readable } from './helpers.js';

const ready = async (el: Element): Promise<void> => {
  for (let i = 0; i < 200; i++) {
    const state = (el as unknown as { dataState?: string }).dataState;
    if (state === 'complete' || state === 'error') break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
};
const text = (el: Element): string => readable(el.shadowRoot).replace(/\s+/g, ' ');

/** Renders a card from the built file and gives the title it shows. */
async function cardTitle(template: ReturnType<typeof html>): Promise<string> {
  const el = await fixture(template);
  await ready(el);
  return readable(el.shadowRoot!.querySelector('h2')!).trim();
}

describe('dist/cdn/swv-elements.js with the default data', () => {
  before(async () => {
    await import('/dist/cdn/swv-elements.js' as string);
  });

  it('registers all four elements', () => {
    for (const tag of ['swv-overview', 'swv-card', 'opr-info', 'swv-finder']) expect(customElements.get(tag), tag).to.exist;
  });

  it('lives next to the npm build on one page: importing it too throws nothing, and the elements still work', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent): void => void errors.push(event.error);
    window.addEventListener('error', onError);
    await import('/dist/define.js' as string);
    await import('/dist/cdn/swv-elements.iife.js' as string);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(await cardTitle(html`<swv-card code="PO0001"></swv-card>`)).to.equal('Berséba');
  });

  it('renders <swv-card postcode="3442" sector="po"> as Passenderwijs without any src', async () => {
    const el = await fixture(html`<swv-card postcode="3442" sector="po"></swv-card>`);
    await ready(el);
    expect(readable(el.shadowRoot!.querySelector('h2')!).trim()).to.equal('Passenderwijs');
    expect(text(el)).to.contain('PO 26-04');
    expect(text(el)).to.contain('peildatum 23 april 2015');
    await expect(el).to.be.accessible();
  });

  it("loads a partnership's school file only when the list opens, and marks memberships derived", async () => {
    const el = await fixture(html`<swv-card code="PO2604"></swv-card>`);
    await ready(el);
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.querySelector('li')).to.equal(null);
    details.open = true;
    for (let i = 0; i < 100 && !details.querySelector('li li'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    const schools = [...details.querySelectorAll('li li')].map((li) => readable(li).replace(/\s+/g, ' '));
    expect(schools.length).to.be.greaterThan(20);
    expect(schools.every((school) => school.includes('afgeleid'))).to.equal(true);
    expect(schools.some((school) => school.includes('Jan de Bakkerschool'))).to.equal(false);
  });

  it('gives the Jan de Bakkerschool (03RK00) Berséba', async () => {
    expect(await cardTitle(html`<swv-card school="03RK00"></swv-card>`)).to.equal('Berséba');
  });

  it('says clearly that postcode 3197 (Europoort) has no partnership', async () => {
    const el = await fixture(html`<swv-card postcode="3197" sector="po"></swv-card>`);
    await ready(el);
    expect(readable(el.shadowRoot!.querySelector('[role="status"]')!)).to.contain('Postcode 3197 hoort bij geen enkel samenwerkingsverband');
  });

  it('lists the Utrecht-West region and explains the OPR', async () => {
    const wrapper = await fixture(
      html`<div>
        <swv-overview municipality="Stichtse Vecht"></swv-overview>
        <opr-info code="PO0001"></opr-info>
      </div>`,
    );
    const [overview, opr] = [...wrapper.children];
    await Promise.all([ready(overview!), ready(opr!)]);
    expect([...overview!.shadowRoot!.querySelectorAll('[part="item-heading"]')].map((h) => readable(h).trim())).to.deep.equal(['Passenderwijs', 'Sterk VO']);
    expect(text(opr!)).to.contain('De OPR heeft 12 zetels: 6 voor medewerkers en 6 voor ouders.');
    expect(text(opr!)).to.contain('Wat is de ondersteuningsplanraad (OPR)?');
  });

  it('loads the English texts on demand', async () => {
    const el = await fixture(html`<opr-info lang="en"></opr-info>`);
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('h2'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readable(el.shadowRoot!.querySelector('h2')!)).to.equal('What is the support plan council (OPR)?');
  });

  /** The script files this page has downloaded from the script-tag build. */
  const chunks = (): string[] =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/dist/cdn/chunks/'));

  it('loads a language only for an element that speaks it', async () => {
    const el = await fixture(html`<opr-info lang="tr"></opr-info>`);
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('h2'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readable(el.shadowRoot!.querySelector('h2')!)).to.equal('Destek planı konseyi (OPR) nedir?');
    const languages = chunks()
      .map((name) => /chunks\/(en|ar|tr|pl|uk)-/.exec(name)?.[1])
      .filter(Boolean);
    expect(languages.sort()).to.deep.equal(['en', 'tr']);
  });

  it('never downloads the validator for the packaged default data (it was checked when built)', () => {
    // Every element in this file so far showed the default data: cards, a school, an overview, an OPR.
    expect(chunks().some((name) => name.includes('/chunks/check-documents-'))).to.equal(false);
    expect(chunks().some((name) => name.includes('/chunks/card-view-'))).to.equal(true);
  });
});
