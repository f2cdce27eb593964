/**
 * One bad field never hides the rest: a hand-kept file with a typo still shows everything else,
 * and every problem still reaches the host (swv-load, one console warning).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { SwvDataElement } from '../src/internal/swv-data-element.js';
import type { SwvLoadEvent } from '../src/events/swv-load.js';
import type { SwvErrorEvent } from '../src/events/swv-error.js';
import { checkData, repairsOf } from '../src/format/validate-async.js';
import { $$, render, sample, textOf } from './helpers.js';

const FLAWED = '/__test/flawed/fields';

/** Renders an element on the flawed file and gives what it fired. */
async function onFlawed(template: ReturnType<typeof html>): Promise<{ el: SwvDataElement; load: SwvLoadEvent; warnings: unknown[][] }> {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args);
  try {
    const el = await fixture<SwvDataElement>(template);
    const load = (await oneEvent(el, 'swv-load')) as SwvLoadEvent;
    await el.updateComplete;
    return { el, load, warnings };
  } finally {
    console.warn = warn;
  }
}

describe('forgiving validation', () => {
  it('shows everything else of a partnership with a bad phone, e-mail and date, and lists each problem in swv-load', async () => {
    const { el, load, warnings } = await onFlawed(html`<swv-card src=${FLAWED} code="PO9901"></swv-card>`);
    const text = textOf(el);
    expect(text).to.contain('Voorbeeldverband Noord');
    expect(text).to.contain('info@voorbeeld.example');
    expect(text).to.contain('Ondersteuningsplan 2022-2026');
    expect(text).not.to.contain('bel ons maar');
    expect(text).not.to.contain('steunpunt-at-voorbeeld');
    expect(text).not.to.contain('17 mei 2022');
    expect(text).not.to.contain('Het bestand met gegevens bevat fouten');
    const paths = load.problems.map((problem) => problem.path);
    expect(paths).to.include.members([
      'partnerships[0].contact.phone',
      'partnerships[0].supportPoint.email',
      'partnerships[0].supportPlans[0].oprConsentDate',
      'partnerships[3].code',
      'partnerships[2].sector',
    ]);
    const phone = load.problems.find((problem) => problem.path === 'partnerships[0].contact.phone')!;
    expect(phone.message).to.deep.equal({ nl: 'moet een telefoonnummer zijn', en: 'must be a phone number' });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain(FLAWED).and.to.contain('5 problems');
    await expect(el).to.be.accessible();
  });

  it('leaves out a record without a code, and still shows the others', async () => {
    const { el } = await onFlawed(html`<swv-overview src=${FLAWED}></swv-overview>`);
    const headings = $$(el, '[part=item-heading]').map((h) => h.textContent!.replace(/\u00AD/g, '').trim());
    expect(headings).to.include('Voorbeeldverband Noord');
    expect(headings).not.to.include('Zuiderverband');
    expect(headings).to.have.length(3);
  });

  it('says when the partnership asked for was left out for bad data', async () => {
    const el = await fixture<SwvDataElement>(html`<swv-card src=${FLAWED} code="PO 99-02"></swv-card>`);
    const error = (await oneEvent(el, 'swv-error')) as SwvErrorEvent;
    expect(error.kind).to.equal('not-found');
    expect(error.message).to.equal('Over dit samenwerkingsverband hebben we geen goede gegevens.');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Over dit samenwerkingsverband hebben we geen goede gegevens.');
  });

  it('warns once per file, however many elements show it', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const wrapper = await fixture(
        html`<div>
          <swv-card src=${'/__test/flawed/fields?twice'} code="PO9901"></swv-card>
          <swv-overview src=${'/__test/flawed/fields?twice'}></swv-overview>
        </div>`,
      );
      const elements = [...wrapper.children] as SwvDataElement[];
      await waitUntil(() => elements.every((el) => el.dataState === 'complete'), 'not loaded', { timeout: 5000 });
      await Promise.all(elements.map((el) => el.updateComplete));
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((args) => String(args[0]).includes('flawed/fields?twice'))).to.have.length(1);
  });

  it('shows the error state for a file that is not swv-data at all', async () => {
    const el = await fixture<SwvDataElement>(html`<swv-card src="/__test/flawed/format" code="PO9901"></swv-card>`);
    const error = (await oneEvent(el, 'swv-error')) as SwvErrorEvent;
    expect(error.kind).to.equal('invalid');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Het bestand met gegevens bevat fouten. Daarom tonen we het niet.');
    expect(error.problems?.map((problem) => problem.path)).to.deep.equal(['format']);
  });

  it('repairs data given through the data property too, and fails on a wrong version', async () => {
    const doc = await sample();
    doc.partnerships[0]!.contact!.email = 'geen adres';
    const result = await checkData(doc);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.partnerships[0]!.contact!.email).to.equal(undefined);
    expect(repairsOf(result.value)!.problems.map((p) => p.path)).to.deep.equal(['partnerships[0].contact.email']);
    expect((await checkData({ ...doc, version: 2 })).ok).to.equal(false);
    expect((await checkData({ ...doc, partnerships: 'none' })).ok).to.equal(false);
    const { el } = await render<SwvDataElement>(html`<swv-card .data=${doc} code="PO9901"></swv-card>`);
    expect(textOf(el)).to.contain('Voorbeeldverband Noord').and.not.to.contain('geen adres');
  });
});
