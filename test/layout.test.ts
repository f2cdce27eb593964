/**
 * Layout a reader with a small screen, large text or their own text spacing relies on (WCAG 2.2):
 * reflow at 320 px (1.4.10) in every language, text at 200 % (1.4.4), text spacing (1.4.12),
 * Dutch words that break only where Dutch breaks them, and target size (2.5.8).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import { LOCALES, type Locale } from '../src/i18n/locale.js';
import type { SwvDataElement } from '../src/internal/swv-data-element.js';
import { $$, SAMPLE_URL, render } from './helpers.js';

/** Each element showing as much as it can, on the test fixture or the packaged default data. */
const SCREENS: Record<string, (lang: Locale) => ReturnType<typeof html>> = {
  card: (lang) => html`<swv-card src=${SAMPLE_URL} code="PO9901" lang=${lang}></swv-card>`,
  'card, default data': (lang) => html`<swv-card code="VO2002" lang=${lang}></swv-card>`,
  overview: (lang) => html`<swv-overview src=${SAMPLE_URL} searchable lang=${lang}></swv-overview>`,
  'overview, default data': (lang) => html`<swv-overview municipality="Groningen" lang=${lang}></swv-overview>`,
  'opr-info': (lang) => html`<opr-info src=${SAMPLE_URL} code="PO9901" lang=${lang}></opr-info>`,
  finder: (lang) => html`<swv-finder src=${SAMPLE_URL} lang=${lang}></swv-finder>`,
  'map, default data': (lang) => html`<swv-map loading="eager" code="PO2604" lang=${lang}></swv-map>`,
};

async function show(name: string, lang: Locale, wrapperStyle = ''): Promise<SwvDataElement> {
  const { el } = await render<SwvDataElement>(html`<div style=${wrapperStyle}>${SCREENS[name]!(lang)}</div>`);
  const element = el.matches('swv-card, swv-overview, opr-info, swv-finder, swv-map') ? el : (el.firstElementChild as SwvDataElement);
  await waitUntil(() => element.dataState === 'complete' || element.dataState === 'initial', 'not loaded', { timeout: 5000 });
  await element.updateComplete;
  if (name === 'finder') {
    // With a list of suggestions open and an answer below.
    $$<HTMLInputElement>(element, 'input')[0]!.focus();
    await sendKeys({ type: '9901' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(element, '.result').length > 0, 'no answer', { timeout: 5000 });
    await sendKeys({ press: 'Backspace' });
    await element.updateComplete;
  }
  return element;
}

/** Shown to a sighted reader: not hidden, not in a closed <details>, not only for screen readers. */
const visible = (node: Element): boolean => !node.closest('.visually-hidden') && node.checkVisibility({ contentVisibilityAuto: true });

/** Everything in the element that sticks out sideways or is cut off by its box. */
function overflows(el: SwvDataElement): string[] {
  const width = document.documentElement.clientWidth;
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
  // Inside an SVG, what lies outside its viewBox is clipped on purpose (a map zoomed to a province).
  for (const node of $$(el, '*').filter((n) => visible(n) && !n.parentElement?.closest('svg'))) {
    const box = node.getBoundingClientRect();
    if (box.right > width + 0.5 || box.left < -0.5)
      problems.push(`<${node.localName}> "${node.textContent!.trim().slice(0, 30)}" runs from ${box.left} to ${box.right}`);
    const style = getComputedStyle(node);
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    if (clips && node.localName !== 'input' && (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1))
      problems.push(`<${node.localName}> cuts off its content`);
  }
  return problems;
}

/**
 * Words that break somewhere else than at a soft hyphen: each run of letters between soft hyphens
 * must stay on one line. Skips addresses (e-mail, web), which may break anywhere.
 */
function brokenWords(el: SwvDataElement): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.parentElement || !visible(node.parentElement)) continue;
    for (const match of node.data.matchAll(/[\p{L}\u00AD]+/gu)) {
      const before = node.data[match.index - 1] ?? '';
      const after = node.data[match.index + match[0].length] ?? '';
      if (/[.@/:]/.test(before + after)) continue;
      let at = match.index;
      for (const piece of match[0].split('\u00AD')) {
        // The line of its first and of its last letter (a letter's last box: the first one after a
        // break at a soft hyphen is the hyphen's, at the end of the line before).
        const lineOf = (offset: number): number => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return Math.round([...range.getClientRects()].at(-1)?.top ?? 0);
        };
        if (piece && lineOf(at) !== lineOf(at + piece.length - 1)) broken.push(match[0].replace(/\u00AD/g, '·'));
        at += piece.length + 1;
      }
    }
  }
  return broken;
}

/** Interactive targets smaller than 24 × 24 px without the spacing or inline exception of WCAG 2.5.8. */
function smallTargets(el: SwvDataElement): string[] {
  const targets = $$<HTMLElement>(el, 'a[href], button, input, summary, [role=option]').filter(visible);
  const boxes = targets.map((t) => t.getBoundingClientRect());
  const problems: string[] = [];
  targets.forEach((target, i) => {
    const box = boxes[i]!;
    if (box.width >= 24 && box.height >= 24) return;
    // Inline: a link in a sentence or a line of text, whose size the line sets.
    const block = target.parentElement!;
    if (target.localName === 'a' && getComputedStyle(target).display === 'inline' && block.textContent!.trim().length > target.textContent!.trim().length)
      return;
    // Spacing: a 24 px circle on its centre touches no other target.
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    const near = boxes.some((other, j) => {
      if (j === i) return false;
      const dx = Math.max(other.left - cx, 0, cx - other.right);
      const dy = Math.max(other.top - cy, 0, cy - other.bottom);
      return Math.hypot(dx, dy) < 12;
    });
    if (near) problems.push(`<${target.localName}> "${target.textContent!.trim().slice(0, 30)}" is ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`);
  });
  return problems;
}

describe('layout', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('at 320 px wide (reflow, WCAG 1.4.10)', () => {
    beforeEach(async () => {
      await setViewport({ width: 320, height: 640 });
    });
    for (const lang of LOCALES) {
      for (const name of Object.keys(SCREENS)) {
        it(`${name} in ${lang}: nothing scrolls sideways or is cut off`, async () => {
          const el = await show(name, lang);
          expect(overflows(el)).to.deep.equal([]);
        });
      }
    }
    for (const name of Object.keys(SCREENS)) {
      it(`${name} in nl: Dutch words break only where Dutch breaks them`, async () => {
        const el = await show(name, 'nl');
        expect(brokenWords(el)).to.deep.equal([]);
      });
    }
    it('the check finds a word broken between two letters', async () => {
      const el = await show('card', 'nl', 'inline-size: 5em');
      expect(brokenWords(el)).not.to.deep.equal([]);
    });
  });

  describe('with text at 200 % (WCAG 1.4.4)', () => {
    beforeEach(async () => {
      await setViewport({ width: 320, height: 640 });
    });
    for (const name of Object.keys(SCREENS)) {
      for (const lang of ['nl', 'ar'] as const) {
        it(`${name} in ${lang}: nothing scrolls sideways or is cut off`, async () => {
          const el = await show(name, lang, 'font-size: 200%');
          expect(overflows(el)).to.deep.equal([]);
        });
      }
    }
  });

  describe('with the text spacing of WCAG 1.4.12', () => {
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-block-end: 2em !important; }`);
    beforeEach(async () => {
      await setViewport({ width: 320, height: 640 });
    });
    for (const name of Object.keys(SCREENS)) {
      it(`${name}: nothing is cut off or overlaps`, async () => {
        const el = await show(name, 'nl');
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
        await new Promise(requestAnimationFrame);
        expect(overflows(el)).to.deep.equal([]);
        const lines = $$(el, 'p, li, h2, h3, h4, dt, dd, label').filter(visible);
        const overlapping = lines.filter((a, i) =>
          lines.slice(i + 1).some((b) => {
            if (a.contains(b) || b.contains(a)) return false;
            const [ra, rb] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
            return ra.left < rb.right - 1 && rb.left < ra.right - 1 && ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1;
          }),
        );
        expect(overlapping.map((n) => n.textContent!.trim().slice(0, 30))).to.deep.equal([]);
      });
    }
  });

  describe('target size (WCAG 2.5.8)', () => {
    for (const width of [320, 1280]) {
      for (const name of Object.keys(SCREENS)) {
        it(`${name} at ${width} px: every target is 24 × 24 px, inline, or spaced`, async () => {
          await setViewport({ width, height: 800 });
          const el = await show(name, 'nl');
          expect(smallTargets(el)).to.deep.equal([]);
        });
      }
    }
  });
  describe('focus, forced colours and motion', () => {
    afterEach(async () => {
      await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    });

    it('shows where the focus is (WCAG 2.4.7), also in forced colours', async () => {
      for (const forcedColors of ['none', 'active'] as const) {
        await emulateMedia({ forcedColors });
        const el = await show('card', 'nl');
        const link = $$<HTMLAnchorElement>(el, 'a[href]')[0]!;
        link.focus();
        const style = getComputedStyle(link);
        expect(link.matches(':focus-visible') || el.shadowRoot!.activeElement === link, forcedColors).to.equal(true);
        expect(style.outlineStyle, forcedColors).to.equal('solid');
        expect(parseFloat(style.outlineWidth), forcedColors).to.be.at.least(2);
      }
    });

    it('keeps the borders of items in forced colours (WCAG 1.4.11)', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await show('card', 'nl');
      const item = $$(el, '.item')[0]!;
      expect(getComputedStyle(item).borderTopStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(item).borderTopWidth)).to.be.at.least(1);
    });

    it('the open list of suggestions never hides the field, and keeps the active suggestion in sight (WCAG 2.4.11)', async () => {
      await setViewport({ width: 320, height: 640 });
      const { el } = await render<SwvDataElement>(html`<swv-finder src=${SAMPLE_URL}></swv-finder>`);
      const field = $$<HTMLInputElement>(el, 'input')[0]!;
      field.focus();
      await sendKeys({ type: 'Voorbeeld' });
      await waitUntil(() => $$(el, '[role=option]').length === 7, 'no suggestions');
      const list = $$(el, '[role=listbox]')[0]!;
      expect(list.scrollHeight, 'the list scrolls').to.be.above(list.clientHeight);
      // Up from the field: the last suggestion, below the fold of the list.
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      const box = field.getBoundingClientRect();
      expect(el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(field);
      const active = el.shadowRoot!.getElementById(field.getAttribute('aria-activedescendant')!)!.getBoundingClientRect();
      const frame = list.getBoundingClientRect();
      expect(active.top >= frame.top - 1 && active.bottom <= frame.bottom + 1, 'the active suggestion is in the visible part of the list').to.equal(true);
    });

    it('moves nothing when the reader asks for less motion (prefers-reduced-motion)', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await show('finder', 'nl');
      for (const node of $$(el, '*')) {
        const style = getComputedStyle(node);
        expect(style.animationName, node.localName).to.equal('none');
        expect(['0s', ''].includes(style.transitionDuration.split(',')[0]!.trim()), node.localName).to.equal(true);
      }
    });
  });
  describe('space kept free while loading (no layout shift)', () => {
    /** Each element on the packaged data, slowed down so its loading state shows first. */
    const CASES: [string, (src: string) => ReturnType<typeof html>][] = [
      ['card', (src) => html`<swv-card src=${src} code="PO2604"></swv-card>`],
      ['overview of a municipality', (src) => html`<swv-overview src=${src} municipality="Woerden"></swv-overview>`],
      ['finder', (src) => html`<swv-finder src=${src}></swv-finder>`],
    ];
    for (const width of [412, 1280]) {
      for (const [name, template] of CASES) {
        it(`${name} at ${width} px: the space kept while loading is within 20 % of what comes`, async () => {
          await setViewport({ width, height: 823 });
          // The default data, through a route that answers after 300 ms.
          const { DEFAULT_DATA_URL } = await import('../src/default-data.js');
          const slow = `/__test/slowly/300?${encodeURIComponent(DEFAULT_DATA_URL)}&${name}-${width}`;
          const el = await fixture<SwvDataElement>(template(slow));
          const base = () => $$(el, '[part=base]')[0]!;
          const reserved = base().getBoundingClientRect().height;
          expect(el.dataState).to.equal('pending');
          await waitUntil(() => el.dataState === 'complete', 'not loaded', { timeout: 5000 });
          await el.updateComplete;
          const shown = base().getBoundingClientRect().height;
          expect(Math.abs(shown - reserved) / shown, `kept ${reserved.toFixed(0)} px, shows ${shown.toFixed(0)} px`).to.be.below(0.2);
        });
      }
    }

    /** A card for a code the data does not have: a short message where a whole card was expected. */
    async function shortCard(after: boolean): Promise<{ el: SwvDataElement; text: HTMLElement | null; before: number }> {
      await setViewport({ width: 412, height: 823 });
      const { DEFAULT_DATA_URL } = await import('../src/default-data.js');
      const slow = `/__test/slowly/300?${encodeURIComponent(DEFAULT_DATA_URL)}&short-${after}`;
      const wrapper = await fixture<HTMLDivElement>(
        after
          ? html`<div>
              <swv-card src=${slow} code="PO9999"></swv-card>
              <p>Tekst van de pagina.</p>
            </div>`
          : html`<div><swv-card src=${slow} code="PO9999"></swv-card></div>`,
      );
      const el = wrapper.querySelector<SwvDataElement>('swv-card')!;
      const text = wrapper.querySelector('p');
      const before = (text ?? el).getBoundingClientRect()[text ? 'top' : 'height'];
      expect(el.dataState).to.equal('pending');
      await waitUntil(() => el.dataState === 'complete', 'not loaded', { timeout: 5000 });
      await el.updateComplete;
      return { el, text, before };
    }

    it('content shorter than the space kept, with page text below it: the space stays, so nothing jumps, until the reader acts', async () => {
      const { el, text, before } = await shortCard(true);
      expect(text!.getBoundingClientRect().top).to.equal(before);
      el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      await el.updateComplete;
      expect(text!.getBoundingClientRect().top).to.be.below(before);
    });

    it('content shorter than the space kept, with nothing below it: the element shrinks to its content', async () => {
      const { el, before } = await shortCard(false);
      expect(el.getBoundingClientRect().height).to.be.below(before / 2);
    });
  });
});
