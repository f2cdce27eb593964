/**
 * The code builder (demo/builder.html) as school staff use it: choose an element, find the school
 * with the finder, set options, see the preview, copy the code. With the keyboard where it matters;
 * texts in Dutch first, English on request. (That each copied snippet renders the same element in
 * a page: test/node/builder-snippets.test.mjs and, for WordPress, test/node/wordpress.test.mjs.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import '../demo/builder.js';
import type { SwvCodeBuilder } from '../demo/builder.js';
import type { SwvFinder } from '../src/elements/swv-finder/swv-finder.js';
import { readable } from './helpers.js';

async function builder(): Promise<SwvCodeBuilder> {
  const el = await fixture<SwvCodeBuilder>(html`<swv-code-builder></swv-code-builder>`);
  await waitUntil(() => el.querySelector('fieldset.settings input'), 'the builder did not start', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const preview = (el: SwvCodeBuilder): Element => el.querySelector('.preview')!.firstElementChild!;
const attributesOf = (element: Element): Record<string, string> => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
const code = (el: SwvCodeBuilder, kind: string): string => el.querySelector(`#snippet-${kind}`)!.textContent!;
const labelled = (el: SwvCodeBuilder, label: string): HTMLInputElement | HTMLSelectElement => {
  const target = [...el.querySelectorAll('label')].find((l) => readable(l).trim() === label);
  if (!target) throw new Error(`no field labelled ${label}`);
  return el.querySelector(`#${target.htmlFor}`)!;
};

async function choose(el: SwvCodeBuilder, label: string): Promise<void> {
  const radio = labelled(el, label) as HTMLInputElement;
  radio.click();
  await el.updateComplete;
}

async function typeInto(el: SwvCodeBuilder, field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  field.select();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Types in the builder's finder and presses Enter, as an editor would. */
async function findWith(el: SwvCodeBuilder, text: string): Promise<void> {
  const finder = el.querySelector<SwvFinder>('.find swv-finder')!;
  await waitUntil(() => finder.dataState === 'complete', 'finder', { timeout: 5000 });
  finder.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

describe('code builder (demo/builder.html)', () => {
  it('offers the five elements as one radio group with their descriptions, in Dutch, and is accessible', async () => {
    const el = await builder();
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[type=radio][name=element]')];
    expect(radios.map((r) => readable(el.querySelector(`label[for=${r.id}]`)).trim())).to.deep.equal([
      'Kaart van één samenwerkingsverband',
      'Overzicht van samenwerkingsverbanden',
      'Ondersteuningsplanraad (OPR)',
      'Zoek het samenwerkingsverband',
      'Landkaart van de samenwerkingsverbanden',
    ]);
    expect(radios.every((r) => r.getAttribute('aria-describedby') && el.querySelector(`#${r.getAttribute('aria-describedby')}`))).to.equal(true);
    expect(readable(el.querySelector('fieldset.elements legend')).trim()).to.equal('1. Wat wilt u tonen?');
    await waitUntil(() => (preview(el) as HTMLElement & { dataState?: string }).dataState === 'complete', 'preview', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('a setting changes the preview and every snippet at once', async () => {
    const el = await builder();
    expect(preview(el).localName).to.equal('swv-card');
    await typeInto(el, labelled(el, 'Code van het samenwerkingsverband') as HTMLInputElement, 'VO2604');
    const level = labelled(el, 'Niveau van de kop') as HTMLSelectElement;
    level.value = '3';
    level.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(attributesOf(preview(el))).to.deep.equal({ code: 'VO2604', 'heading-level': '3' });
    expect(code(el, 'script')).to.contain('<swv-card code="VO2604" heading-level="3"></swv-card>');
    expect(code(el, 'shortcode')).to.equal('[swv-card code="VO2604" heading-level="3" /]');
    expect(code(el, 'block')).to.equal('<!-- wp:swv/card {"code":"VO2604","headingLevel":"3"} /-->');
    expect(code(el, 'mount')).to.equal('<div data-swv="card" data-code="VO2604" data-heading-level="3"></div>');
    expect(code(el, 'iframe')).to.contain('embed.html?el=card&amp;code=VO2604&amp;heading-level=3');
    expect(code(el, 'react')).to.contain('<SwvCard code="VO2604" headingLevel="3" />');
  });

  it('another element gets its own settings; the code carries over to the overview as its list of codes', async () => {
    const el = await builder();
    await choose(el, 'Overzicht van samenwerkingsverbanden');
    expect(preview(el).localName).to.equal('swv-overview');
    expect(attributesOf(preview(el))).to.deep.equal({ codes: 'PO2604' });
    const searchable = labelled(el, 'Met zoekveld') as HTMLInputElement;
    expect(searchable.type).to.equal('checkbox');
    searchable.click();
    await el.updateComplete;
    expect(attributesOf(preview(el))).to.deep.equal({ codes: 'PO2604', searchable: '' });
    expect(code(el, 'shortcode')).to.equal('[swv-overview codes="PO2604" searchable /]');
    expect(() => labelled(el, 'Code van de school (BRIN)')).to.throw();
    await choose(el, 'Zoek het samenwerkingsverband');
    expect(el.querySelector('.find'), 'no finder to find with for the finder itself').to.equal(null);
    expect(attributesOf(preview(el))).to.deep.equal({});
  });

  it('a school found with the finder becomes what the card shows, and the builder says so', async () => {
    const el = await builder();
    await findWith(el, '3442');
    await waitUntil(() => preview(el).getAttribute('postcode') === '3442', 'the pick did not reach the card', { timeout: 5000 });
    expect(attributesOf(preview(el))).to.deep.equal({ postcode: '3442' });
    expect((labelled(el, 'Postcode') as HTMLInputElement).value).to.equal('3442');
    expect((labelled(el, 'Code van het samenwerkingsverband') as HTMLInputElement).value).to.equal('');
    expect(readable(el.querySelector('.picked')).trim()).to.equal('Gekozen: Postcode = 3442');
    expect(el.querySelector('.picked')!.getAttribute('role')).to.equal('status');
  });

  it('for the OPR, a pick gives the partnership code of the chosen kind of school', async () => {
    const el = await builder();
    await choose(el, 'Ondersteuningsplanraad (OPR)');
    const sector = labelled(el, 'Soort onderwijs') as HTMLSelectElement;
    sector.value = 'vo';
    sector.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await findWith(el, '3442');
    await waitUntil(() => preview(el).getAttribute('code') === 'VO2604', 'the VO code', { timeout: 5000 });
  });

  it('copy puts the snippet on the clipboard and says so in a status message; without a clipboard it selects the code', async () => {
    const el = await builder();
    const written: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    try {
      const buttons = [...el.querySelectorAll<HTMLButtonElement>('.snippet button')];
      expect(buttons.map((b) => readable(b).trim())).to.deep.equal(Array(6).fill('Kopieer'));
      buttons[1]!.click();
      await waitUntil(() => written.length === 1);
      await el.updateComplete;
      expect(written[0]).to.equal(code(el, 'shortcode'));
      expect(readable(el.querySelector('.status')).trim()).to.equal('Gekopieerd: WordPress: shortcode');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new Error('denied')) } });
      buttons[0]!.click();
      await waitUntil(() => readable(el.querySelector('.status')).includes('lukte niet'));
      expect(getSelection()!.toString()).to.equal(code(el, 'script'));
    } finally {
      Object.defineProperty(navigator, 'clipboard', clipboard);
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('speaks English on request: labels, legends and the language of the form', async () => {
    const el = await builder();
    const english = [...el.querySelectorAll<HTMLButtonElement>('.languages button')].find((b) => b.lang === 'en')!;
    english.click();
    await el.updateComplete;
    expect(english.getAttribute('aria-pressed')).to.equal('true');
    expect(el.querySelector('.languages + div')!.getAttribute('lang')).to.equal('en');
    expect(readable(el.querySelector('fieldset.elements legend')).trim()).to.equal('1. What do you want to show?');
    expect(() => labelled(el, 'Partnership code')).not.to.throw();
    await expect(el).to.be.accessible();
  });
});
