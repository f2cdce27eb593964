/**
 * Every language the elements speak: complete tables, the same placeholders, nothing left in
 * English, every element rendered in every language (axe clean), right to left for Arabic, and
 * the language of parts (WCAG 3.1.2).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { nl } from '../src/i18n/nl.js';
import { en } from '../src/i18n/en.js';
import { ar } from '../src/i18n/ar.js';
import { tr } from '../src/i18n/tr.js';
import { pl } from '../src/i18n/pl.js';
import { uk } from '../src/i18n/uk.js';
import { texts as mapNl } from '../src/elements/swv-map/map-texts-nl.js';
import { texts as mapEn } from '../src/elements/swv-map/map-texts-en.js';
import { texts as mapAr } from '../src/elements/swv-map/map-texts-ar.js';
import { texts as mapTr } from '../src/elements/swv-map/map-texts-tr.js';
import { texts as mapPl } from '../src/elements/swv-map/map-texts-pl.js';
import { texts as mapUk } from '../src/elements/swv-map/map-texts-uk.js';
import { texts as finderNl } from '../src/elements/swv-finder/finder-texts-nl.js';
import { texts as finderEn } from '../src/elements/swv-finder/finder-texts-en.js';
import { texts as finderAr } from '../src/elements/swv-finder/finder-texts-ar.js';
import { texts as finderTr } from '../src/elements/swv-finder/finder-texts-tr.js';
import { texts as finderPl } from '../src/elements/swv-finder/finder-texts-pl.js';
import { texts as finderUk } from '../src/elements/swv-finder/finder-texts-uk.js';
import { texts as oprNl } from '../src/elements/opr-info/opr-texts-nl.js';
import { texts as oprEn } from '../src/elements/opr-info/opr-texts-en.js';
import { texts as oprAr } from '../src/elements/opr-info/opr-texts-ar.js';
import { texts as oprTr } from '../src/elements/opr-info/opr-texts-tr.js';
import { texts as oprPl } from '../src/elements/opr-info/opr-texts-pl.js';
import { texts as oprUk } from '../src/elements/opr-info/opr-texts-uk.js';
import { LOCALES, type Locale } from '../src/i18n/locale.js';
import { sharedTexts } from '../src/i18n/strings.js';
import { finderTexts } from '../src/elements/swv-finder/finder-texts.js';
import type { SwvDataElement } from '../src/internal/swv-data-element.js';
import { $$, SAMPLE_URL, readable, render } from './helpers.js';

const TABLES = { nl, en, ar, tr, pl, uk } as Record<Locale, unknown>;
/** `<swv-map>`'s own texts (they load with the map, not with the shared tables). */
const MAP_TEXTS = { nl: mapNl, en: mapEn, ar: mapAr, tr: mapTr, pl: mapPl, uk: mapUk } as Record<Locale, typeof mapNl>;
/** `<swv-finder>`'s own texts (they load with its view). */
const FINDER_TEXTS = { nl: finderNl, en: finderEn, ar: finderAr, tr: finderTr, pl: finderPl, uk: finderUk } as Record<Locale, typeof finderNl>;
/** `<opr-info>`'s explanation (it loads with the element). */
const OPR_TEXTS = { nl: oprNl, en: oprEn, ar: oprAr, tr: oprTr, pl: oprPl, uk: oprUk } as Record<Locale, typeof oprNl>;

/** Every key path of a table, in order ("card.area", …); arrays and texts are leaves. */
function keyPaths(table: unknown, prefix = ''): string[] {
  if (typeof table !== 'object' || table === null || Array.isArray(table)) return [];
  return Object.entries(table).flatMap(([key, value]) => [`${prefix}${key}`, ...keyPaths(value, `${prefix}${key}.`)]);
}

/** What is in Dutch but not in `table` (or in another order), as key paths. */
function differences(table: unknown, source: unknown = nl): string[] {
  const want = keyPaths(source);
  const have = keyPaths(table);
  const missing = want.filter((path) => !have.includes(path));
  const extra = have.filter((path) => !want.includes(path));
  const order = missing.length || extra.length || want.join() === have.join() ? [] : ['(order differs from nl)'];
  return [...missing.map((p) => `missing ${p}`), ...extra.map((p) => `extra ${p}`), ...order];
}

const at = (table: unknown, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], table);

/**
 * Arguments for every function in the tables, made of tokens that must come back in the text:
 * the placeholders. Numbers are above two, so that every language writes them as digits.
 */
const SAMPLES: Record<string, unknown[]> = {
  'errors.http': [503],
  unsafeLinks: [7],
  partnerships: [7],
  schools: [7],
  websiteOf: ['Qnaam'],
  'search.results': [7],
  'query.code': ['QPO 26-04'],
  'query.municipality': ['Qstad'],
  'query.postcode': ['Q3442'],
  'query.school': ['Q03RK00'],
  'query.search': ['Qzoek'],
  nothingFound: ['Qvraag'],
  noPartnershipForPostcode: ['Q3197'],
  ambiguous: ['Qvraag'],
  'card.oprMore': ['Qnaam'],
  'card.showSchools': [7],
  'card.splitMunicipality': ['Qstad', 'Q3441, Q3442'],
  'card.alsoKnownAs': [['Qeen', 'Qtwee']],
  'card.planEnded': [2022],
  period: [2022, 2026],
  'opr.seats': [12, ['Qdeel1', 'Qdeel2']],
  'opr.seatsFor.staff': [6],
  'opr.seatsFor.parents': [5],
  'opr.seatsFor.pupils': [4],
  'opr.vacanciesOn': [3, 'Qdatum'],
  'opr.vacancies': [3],
  'opr.consentOn': ['Qdatum'],
  notFoundCode: ['Qcode'],
};

const tokensOf = (args: unknown[]): string[] => args.flat().map(String);
/** The text with Unicode bidi isolates taken out (Arabic wraps data in them). */
const bare = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');

const FINDER_SAMPLES: Record<string, unknown[]> = {
  suggestions: [7],
  postcode: ['Q3442'],
  schoolCode: ['Q03RK00'],
  schoolIn: ['Qstad'],
  resultsFor: ['Qvraag'],
  found: ['Q7 Qdingen', 'Qvraag'],
  choose: ['Qtekst'],
  nothing: ['Qtekst'],
  split: ['Qstad'],
  schoolBelongs: ['Qschool'],
  formerly: ['Qoud'],
  partlyFormerly: ['Qoud'],
  alsoCalled: ['Qander'],
  nowPartOf: ['Qoud', 'Qnieuw', '2019'],
  partNowPartOf: ['Qoud', 'Qnieuw', '2019'],
  officialName: ['Qander', 'Qnieuw'],
};

const OPR_SAMPLES: Record<string, unknown[]> = {
  ofPartnership: ['Qnaam'],
  roles: ['Qrol1, Qrol2'],
  agenda: ['Qdatum'],
  minutes: ['Qdatum'],
  noData: ['Qnaam'],
};

const MAP_SAMPLES: Record<string, unknown[]> = {
  region: ['Qnaam', 'Qeen en Qtwee'],
  shared: ['Qplaats', 'Qeen en Qtwee'],
  chosen: ['Qnaam'],
  ask: ['Qplaats'],
};

/** Completeness, placeholders and translation of one set of tables (the shared ones, or an element's own). */
function checkTables(name: string, tables: Record<Locale, unknown>, samples: Record<string, unknown[]>): void {
  const source = tables.nl;
  const english = tables.en;
  const paths = keyPaths(source).filter((path) => typeof at(source, path) === 'function');
  describe(name, () => {
    for (const locale of LOCALES) {
      it(`${locale}: has every key of nl, in the same order`, () => {
        expect(differences(tables[locale], source)).to.deep.equal([]);
      });
    }

    it('has sample arguments for every text that takes any', () => {
      expect(Object.keys(samples).sort()).to.deep.equal([...paths].sort());
    });

    for (const locale of LOCALES) {
      it(`${locale}: every text with placeholders shows all of them`, () => {
        for (const path of paths) {
          const args = samples[path]!;
          const text = bare(String((at(tables[locale], path) as (...a: unknown[]) => unknown)(...args)));
          for (const token of tokensOf(args)) expect(text, `${locale} ${path}`).to.contain(token);
        }
      });
    }

    // Dutch is the source, not a translation: "E-mail" is Dutch too.
    for (const locale of ['ar', 'tr', 'pl', 'uk'] as const) {
      it(`${locale}: no text is left as it is in English`, () => {
        for (const path of keyPaths(english)) {
          const inEnglish = at(english, path);
          const own = at(tables[locale], path);
          if (typeof inEnglish === 'string' && inEnglish) expect(own, `${locale} ${path}`).not.to.equal(inEnglish);
          if (typeof inEnglish === 'function') {
            const args = samples[path]!;
            const asText = (fn: unknown): string => String((fn as (...a: unknown[]) => unknown)(...args));
            // A text made only of its placeholders ("Qnaam: Qeen en Qtwee") has no words to translate.
            const words = tokensOf(args).reduce((text, token) => text.replaceAll(token, ''), asText(inEnglish));
            if (/\p{L}/u.test(words)) expect(bare(asText(own)), `${locale} ${path}`).not.to.equal(asText(inEnglish));
          }
          if (Array.isArray(inEnglish)) inEnglish.forEach((item, i) => expect((own as string[])[i], `${locale} ${path}[${i}]`).not.to.equal(item));
        }
      });
    }
  });
}

checkTables('string tables', TABLES, SAMPLES);
checkTables("<swv-map>'s texts", MAP_TEXTS, MAP_SAMPLES);
checkTables("<swv-finder>'s texts", FINDER_TEXTS, FINDER_SAMPLES);
checkTables("<opr-info>'s texts", OPR_TEXTS, OPR_SAMPLES);

describe('string tables', () => {
  it('the completeness check finds a removed key, an extra key and a changed order', () => {
    const card: Partial<typeof nl.card> = { ...nl.card };
    delete card.area;
    expect(differences({ ...nl, card })).to.deep.equal(['missing card.area']);
    expect(differences({ ...nl, surplus: 'x' })).to.deep.equal(['extra surplus']);
    const { loading, ...rest } = nl;
    expect(differences({ ...rest, loading })).to.deep.equal(['(order differs from nl)']);
  });

  it('loads each language as it is first needed, with soft hyphens in long Dutch words', async () => {
    expect(sharedTexts.loaded('tr')).to.equal(undefined);
    const turkish = await sharedTexts.load('tr');
    expect(turkish.card.supportPlan).to.equal('Destek planı (on\u00ADder\u00ADsteu\u00ADnings\u00ADplan)');
    expect(await sharedTexts.load('tr')).to.equal(turkish);
    // An element's own texts load the same way.
    const finder = await finderTexts.load('tr');
    expect(finder.label).to.equal('İşbirliği kuruluşunuzu (sa\u00ADmen\u00ADwer\u00ADkings\u00ADver\u00ADband) bulun');
  });

  it('counts with the plural forms of each language', () => {
    expect([1, 3, 5, 22, 25].map((n) => pl.schools(n))).to.deep.equal(['1 szkoła', '3 szkoły', '5 szkół', '22 szkoły', '25 szkół']);
    expect([1, 3, 5, 21, 11].map((n) => uk.schools(n))).to.deep.equal(['1 школа', '3 школи', '5 шкіл', '21 школа', '11 шкіл']);
    expect([1, 2, 3, 11, 100].map((n) => ar.schools(n))).to.deep.equal(['مدرسة واحدة', 'مدرستان', '3 مدارس', '11 مدرسة', '100 مدرسة']);
    expect(tr.schools(3)).to.equal('3 okul');
  });
});

/** Each element in a state that shows its texts, on the test fixture. */
const ELEMENTS: Record<string, (lang: Locale) => ReturnType<typeof html>> = {
  card: (lang) => html`<swv-card src=${SAMPLE_URL} code="PO9901" lang=${lang}></swv-card>`,
  overview: (lang) => html`<swv-overview src=${SAMPLE_URL} searchable lang=${lang}></swv-overview>`,
  'opr-info': (lang) => html`<opr-info src=${SAMPLE_URL} code="PO9901" lang=${lang}></opr-info>`,
  finder: (lang) => html`<swv-finder src=${SAMPLE_URL} lang=${lang}></swv-finder>`,
  // The test fixture has no map: the packaged data's.
  map: (lang) => html`<swv-map loading="eager" code="PO2604" lang=${lang}></swv-map>`,
};

/** Asks the finder for postcode 9901 and waits for the answer. */
async function askFinder(el: SwvDataElement): Promise<void> {
  $$<HTMLInputElement>(el, 'input')[0]!.focus();
  await sendKeys({ type: '9901' });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $$(el, '.result').length > 0, 'no answer', { timeout: 5000 });
  await el.updateComplete;
}

// Before the elements below load every language into the page.
describe('a change of language', () => {
  it("a change of lang after loading brings the element's own texts in that language too (finder, opr-info)", async () => {
    const { el: finder } = await render<SwvDataElement>(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
    expect(readable($$(finder, 'label')[0]!)).to.equal(FINDER_TEXTS.nl.label);
    finder.setAttribute('lang', 'pl');
    await waitUntil(() => readable($$(finder, 'label')[0]!) === FINDER_TEXTS.pl.label, 'the finder kept its Dutch label', { timeout: 5000 });
    expect($$(finder, '[part=base]')[0]!.getAttribute('lang')).to.equal('pl');
    const { el: opr } = await render<SwvDataElement>(html`<opr-info></opr-info>`);
    opr.setAttribute('lang', 'uk');
    await waitUntil(() => readable($$(opr, '[part=title]')[0]!) === OPR_TEXTS.uk.title, 'opr-info kept its Dutch title', { timeout: 5000 });
  });
});

describe('every element in every language', () => {
  for (const locale of LOCALES) {
    for (const [name, template] of Object.entries(ELEMENTS)) {
      it(`${name} in ${locale}: its texts, lang and direction, and axe clean`, async () => {
        const { el } = await render<SwvDataElement>(template(locale));
        if (name === 'finder') await askFinder(el);
        if (name === 'map') await waitUntil(() => $$(el, 'svg').length > 0, 'no map', { timeout: 5000 });
        const t = TABLES[locale] as typeof nl;
        const text = readable(el.shadowRoot).replace(/\s+/g, ' ');
        const expected = {
          card: [t.card.contact, t.card.supportPlan, t.card.schools],
          overview: [t.search.label],
          'opr-info': [OPR_TEXTS[locale].title, OPR_TEXTS[locale].whatTitle, t.opr.contact],
          finder: [FINDER_TEXTS[locale].label, FINDER_TEXTS[locale].submit, FINDER_TEXTS[locale].resultsFor(t.query.postcode('9901'))],
          map: [MAP_TEXTS[locale].title.po, MAP_TEXTS[locale].help, MAP_TEXTS[locale].list, MAP_TEXTS[locale].country, MAP_TEXTS[locale].credit],
        }[name]!;
        for (const phrase of expected) expect(bare(text), `${locale}: ${phrase}`).to.contain(bare(phrase));
        for (const wrapper of $$(el, '[part=base], [part=explanation]')) {
          expect(wrapper.getAttribute('lang')).to.equal(locale);
          expect(wrapper.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        }
        if (locale === 'ar') expect(getComputedStyle($$(el, '[part=base]')[0]!).direction).to.equal('rtl');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('a regional variant speaks its language, a language we do not speak gives Dutch', async () => {
    const { el: moroccan } = await render<SwvDataElement>(html`<swv-card src=${SAMPLE_URL} code="PO9901" lang="ar-MA"></swv-card>`);
    expect($$(moroccan, '[part=base]')[0]!.getAttribute('lang')).to.equal('ar');
    const { el: brazilian } = await render<SwvDataElement>(html`<swv-card src=${SAMPLE_URL} code="PO9901" lang="pt-BR"></swv-card>`);
    expect($$(brazilian, '[part=base]')[0]!.getAttribute('lang')).to.equal('nl');
    expect(readable(brazilian.shadowRoot)).to.contain('Ondersteuningsplan');
  });

  it("the host's dir wins over the language's direction", async () => {
    const { el } = await render<SwvDataElement>(html`<swv-card src=${SAMPLE_URL} code="PO9901" lang="ar" dir="ltr"></swv-card>`);
    const base = $$(el, '[part=base]')[0]!;
    expect(base.hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(base).direction).to.equal('ltr');
  });

  it('marks data text in another language than the reader’s with lang and its direction (WCAG 3.1.2)', async () => {
    // The fixture's description is in Dutch and English only: an Arabic reader gets the Dutch,
    // marked as Dutch and running left to right inside the right-to-left card.
    const { el } = await render<SwvDataElement>(html`<swv-card src=${SAMPLE_URL} code="PO9901" lang="ar"></swv-card>`);
    const dutch = $$(el, 'p[lang="nl"]');
    expect(dutch.map((p) => readable(p))).to.include.members(['Eerste alinea van de beschrijving.', 'Tweede alinea.']);
    expect(dutch.every((p) => p.getAttribute('dir') === 'ltr' && getComputedStyle(p).direction === 'ltr')).to.equal(true);
    // An English reader gets the English description, unmarked; plain strings (the area note, plan titles) are Dutch, and marked.
    const { el: english } = await render<SwvDataElement>(html`<swv-card src=${SAMPLE_URL} code="PO9901" lang="en"></swv-card>`);
    const marked = $$(english, '[lang]:not([part=base])').map((node) => [node.getAttribute('lang'), readable(node)]);
    expect(marked).to.deep.include(['nl', 'Verzonnen gebied.']);
    expect(marked.every(([lang]) => lang === 'nl')).to.equal(true);
    expect(marked.flat()).not.to.include('First paragraph of the description.');
    expect(readable(english.shadowRoot)).to.contain('First paragraph of the description.');
  });

  it('keeps postcodes and names readable inside Arabic sentences (isolated)', async () => {
    const { el } = await render<SwvDataElement>(html`<swv-card src=${SAMPLE_URL} postcode="1234" lang="ar"></swv-card>`);
    const status = readable($$(el, '[role=status]')[0]!);
    expect(status).to.contain('\u20681234\u2069');
  });

  it('soft hyphens change neither what is copied nor the words read aloud', async () => {
    const wrapper = await fixture(html`<div><opr-info lang="nl"></opr-info></div>`);
    const el = wrapper.querySelector('opr-info') as SwvDataElement;
    await el.updateComplete;
    const title = $$(el, 'h2')[0]!;
    expect(title.textContent).to.equal('Wat is de on\u00ADder\u00ADsteu\u00ADnings\u00ADplan\u00ADraad (OPR)?');
    // Copying: the reader selects the heading and copies; the clipboard gets the words without soft hyphens.
    const range = document.createRange();
    range.selectNodeContents(title);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const clipboardData = new DataTransfer();
    const copy = new ClipboardEvent('copy', { clipboardData, bubbles: true, composed: true, cancelable: true });
    title.firstChild!.dispatchEvent(copy);
    getSelection()!.removeAllRanges();
    expect(copy.defaultPrevented).to.equal(true);
    expect(clipboardData.getData('text/plain')).to.equal('Wat is de ondersteuningsplanraad (OPR)?');
    expect(clipboardData.getData('text/html')).not.to.contain('\u00AD');
    // Reading aloud: the heading's accessible name. Chromium keeps U+00AD in it, a format character
    // that speech skips; apart from it, the words are the same.
    const { a11ySnapshot, findAccessibilityNode } = await import('@web/test-runner-commands');
    const snapshot = await a11ySnapshot({});
    const node = findAccessibilityNode<{ name: string; role: string }>(snapshot as never, (n) => n.role === 'heading' && /OPR/.test(n.name));
    expect(node!.name.replace(/\u00AD/g, '')).to.equal('Wat is de ondersteuningsplanraad (OPR)?');
  });
});
