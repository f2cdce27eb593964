/**
 * Hostile data: known XSS vectors in every text and link field of a document. Nothing runs,
 * nothing becomes markup or a link, and the elements still show the rest.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { validateData } from '../src/format/validate.js';
import type { SwvData } from '../src/format/types.js';
import type { SwvDataElement } from '../src/internal/swv-data-element.js';
import type { SwvFinder } from '../src/elements/swv-finder/swv-finder.js';
import { TEXT_VECTORS, URL_VECTORS } from './fixtures/xss-vectors.js';
import { $$, render, sample, textOf, readable } from './helpers.js';

declare global {
  interface Window {
    __xss: () => void;
    __xssHits: number;
  }
}
window.__xssHits = 0;
window.__xss = () => void window.__xssHits++;

const LINK_KEYS = new Set(['url', 'website', 'agendaUrl', 'minutesUrl']);

/** Every path to a string in the document, as key lists. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function setAt(doc: unknown, path: (string | number)[], value: string): void {
  let parent = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
}

const isLink = (path: (string | number)[]): boolean => LINK_KEYS.has(String(path[path.length - 1]));

/**
 * The free-text fields of the sample: every string that may hold any text (a code, date, postcode,
 * e-mail or phone number has a format, and the validator rejects a vector there, as it should).
 */
const textPaths: (string | number)[][] = [];
const linkPaths: (string | number)[][] = [];
before(async () => {
  const base = await sample();
  for (const path of stringPaths(base)) {
    // `href`s point at the dataset's own files: a bad one makes the document invalid (tested in format.test.ts).
    if (path[0] === 'format' || path[0] === 'sources' || path[path.length - 1] === 'href') continue;
    if (isLink(path)) {
      linkPaths.push(path);
      continue;
    }
    const probe = structuredClone(base);
    setAt(probe, path, '<b>tekst</b>');
    if (validateData(probe).ok) textPaths.push(path);
  }
});

/** The sample with one vector in every text field and one in every link field. */
async function hostile(text: string, url: string): Promise<SwvData> {
  const doc = await sample();
  for (const path of textPaths) setAt(doc, path, text);
  for (const path of linkPaths) setAt(doc, path, url);
  return doc;
}

/** What may never be in an element's shadow tree, whatever the data. */
function assertNoMarkupFromData(el: Element): void {
  const all = $$(el, '*');
  const forbidden = all.filter((node) =>
    ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'math', 'video', 'audio', 'link', 'meta', 'template', 'details-x', 'x', 'marquee'].includes(
      node.localName,
    ),
  );
  expect(
    forbidden.map((node) => node.localName),
    'elements made from data',
  ).to.deep.equal([]);
  const handlers = all.flatMap((node) => [...node.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${node.localName}[${a.name}]`));
  expect(handlers, 'event-handler attributes').to.deep.equal([]);
  for (const a of $$<HTMLAnchorElement>(el, 'a[href]')) expect(a.getAttribute('href')).to.match(/^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:\+?[0-9]+)$/);
}

async function answer(finder: SwvFinder, query: string): Promise<void> {
  const input = $$<HTMLInputElement>(finder, 'input')[0]!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  $$<HTMLFormElement>(finder, 'form')[0]!.requestSubmit();
  await waitUntil(() => $$(finder, '.result').length > 0);
  await finder.updateComplete;
}

describe('hostile data', () => {
  it('has at least 50 vectors, and finds the text and link fields of the sample', () => {
    expect(TEXT_VECTORS.length + URL_VECTORS.length).to.be.at.least(50);
    expect(textPaths.length).to.be.at.least(20);
    expect(linkPaths.length).to.be.at.least(8);
  });

  TEXT_VECTORS.forEach((vector, i) => {
    const url = URL_VECTORS[i % URL_VECTORS.length]!;
    it(`vector ${i + 1}: ${JSON.stringify(vector).slice(0, 60)} with link ${JSON.stringify(url)}`, async () => {
      const data = await hostile(vector, url);
      const elements: SwvDataElement[] = [];
      for (const template of [
        html`<swv-card .data=${data} code="PO9901"></swv-card>`,
        html`<swv-overview .data=${data}></swv-overview>`,
        html`<opr-info .data=${data} code="PO9901"></opr-info>`,
        html`<swv-finder .data=${data}></swv-finder>`,
      ]) {
        const { el, events } = await render<SwvDataElement>(template);
        // Shown, with the unsafe links dropped and reported.
        expect(
          el.dataState,
          `${el.localName}: ${events.map((e) => ('message' in e ? `${e.kind} ${e.message} ${JSON.stringify(e.problems?.slice(0, 3))}` : e.type)).join('; ')}`,
        ).to.equal('complete');
        expect(events.map((e) => e.type)).to.deep.equal(['swv-load', 'swv-error']);
        elements.push(el);
      }
      const [card, overview, opr, finder] = elements as [SwvDataElement, SwvDataElement, SwvDataElement, SwvFinder];
      await answer(finder, '9901');
      const details = card.shadowRoot!.querySelector('details')!;
      details.open = true;
      await waitUntil(() => card.shadowRoot!.querySelectorAll('details li').length > 0);
      for (const el of elements) assertNoMarkupFromData(el);
      // The vector is there as text, and the rest of the card is still shown.
      expect(textOf(card)).to.contain(vector.replace(/\s+/g, ' ').trim());
      expect($$(card, 'h3').map((h) => readable(h))).to.include.members(['Contact', 'Ondersteuningsplan', 'Scholen']);
      expect(textOf(card)).to.contain('012-345 67 89');
      expect(textOf(overview)).to.contain('samenwerkingsverbanden');
      expect(textOf(opr)).to.contain('De OPR heeft 12 zetels');
      expect($$(finder, '.result .item').length).to.equal(2);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(window.__xssHits, 'the canary was called').to.equal(0);
    });
  });

  it('says which unsafe links it dropped, with their paths, in the reader\u2019s language', async () => {
    const data = await hostile('tekst', 'javascript:__xss()');
    const { errors } = await render(html`<swv-card .data=${data} code="PO9901" lang="en"></swv-card>`);
    expect(errors).to.have.length(1);
    expect(errors[0]!.kind).to.equal('invalid');
    expect(errors[0]!.message).to.equal(`${linkPaths.length} links in the data are not safe, so we do not show them.`);
    expect(errors[0]!.problems!.map((p) => p.path)).to.include('partnerships[0].contact.website');
  });
});
