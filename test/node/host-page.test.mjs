/**
 * Unfriendly host pages, with the built script-tag files (dist/cdn) in Debian's Chromium:
 * a strict Content-Security-Policy with Trusted Types, the library loaded twice (two script tags:
 * the module and the classic script), host CSS that restyles everything with !important, and an
 * unknown page language. Served by a small server of its own, so the headers are real. The script
 * tags carry the build's Subresource Integrity hashes, so the browser checks those too.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { launchChromium, startSite } from '../server/site.mjs';

const CSP = "default-src 'self'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'";

/** Records every CSP violation and error before anything else runs (an external script: no inline code is allowed). */
const WATCH = `window.__violations = []; window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));`;

const HOSTILE_CSS = `* { color: rgb(200, 0, 0) !important; font-family: serif !important; box-sizing: content-box !important; }
h2, h3 { display: none !important; font-size: 5px !important; }
ul { list-style: none !important; padding: 0 !important; margin: 0 !important; }
a { color: inherit !important; text-decoration: none !important; pointer-events: none !important; }
div, p, section { display: inline !important; }
swv-card { border: 3px solid blue; }`;

/** The hashes the build computed (dist/cdn/integrity.json): the browser checks them. */
const INTEGRITY = JSON.parse(await readFile(new URL('../../dist/cdn/integrity.json', import.meta.url), 'utf8'));

const PAGE = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title>
<script src="/watch.js"></script>
<link rel="stylesheet" href="/hostile.css">
<script type="module" src="/cdn/swv-elements.js" integrity="${INTEGRITY['swv-elements.js']}"></script>
<script src="/cdn/swv-elements.iife.js" integrity="${INTEGRITY['swv-elements.iife.js']}"></script>
<script type="module" src="/cdn/swv-elements.js?again" integrity="${INTEGRITY['swv-elements.js']}"></script>
</head><body>
<h2>De eigen kop van de pagina</h2>
<swv-card code="PO2604"></swv-card>
<swv-overview municipality="Woerden"></swv-overview>
<opr-info code="PO0001"></opr-info>
<swv-finder></swv-finder>
<swv-map loading="eager" code="PO2604"></swv-map>
</body></html>`;

/** What the WordPress plugin puts on a page: its own copy of the classic script, deferred, and a shortcode's output. */
const WORDPRESS_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>WordPress</title>
<script src="/watch.js"></script></head><body>
<swv-card code="PO2604"></swv-card>
<div data-swv="finder" data-sector="po"></div>
<script src="/wordpress/swv-elements/assets/swv-elements.iife.js" defer></script>
</body></html>`;

let site;
let browser;
let origin;

before(async () => {
  site = await startSite(
    (path) =>
      path === '/watch.js'
        ? ['text/javascript', WATCH]
        : path === '/hostile.css'
          ? ['text/css', HOSTILE_CSS]
          : path.startsWith('/page-')
            ? ['text/html', PAGE(path.slice(6, -5))]
            : path === '/wordpress.html'
              ? ['text/html', WORDPRESS_PAGE]
              : undefined,
    { 'Content-Security-Policy': CSP },
  );
  origin = site.origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.close();
});

async function open(lang) {
  const page = await browser.newPage();
  const console = [];
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  await page.goto(`${origin}/page-${lang}.html`);
  await page.waitForFunction(
    () => ['swv-card', 'swv-overview', 'opr-info', 'swv-finder', 'swv-map'].every((tag) => document.querySelector(tag)?.dataState === 'complete'),
    null,
    {
      timeout: 15_000,
    },
  );
  return { page, console };
}

test('docs/script-tag.md gives the hashes of the files just built', async () => {
  const page = await readFile(new URL('../../docs/script-tag.md', import.meta.url), 'utf8');
  for (const file of ['swv-elements.js', 'swv-elements.iife.js']) assert.ok(page.includes(`integrity="${INTEGRITY[file]}"`), file);
});

describe('an unfriendly host page', () => {
  test('strict CSP with Trusted Types, loaded twice, hostile CSS: every element works, no violation, no error', async () => {
    const { page, console } = await open('nl');
    // The finder works too: type, choose, answer.
    await page.locator('swv-finder input').fill('3442');
    await page.locator('swv-finder input').press('ArrowDown');
    await page.locator('swv-finder input').press('Enter');
    await page.waitForFunction(() => document.querySelector('swv-finder').shadowRoot.querySelectorAll('.result .item').length === 2);
    const state = await page.evaluate(() => ({
      violations: window.__violations,
      errors: window.__errors,
      trustedTypes: typeof window.trustedTypes,
      regions: document.querySelector('swv-map').shadowRoot.querySelectorAll('[role=option]:not([data-id^="~"])').length,
      titles: ['swv-card', 'swv-overview', 'opr-info', 'swv-finder', 'swv-map'].map((tag) =>
        // Without the soft hyphens in long Dutch words (invisible unless a line breaks there).
        document.querySelector(tag).shadowRoot.querySelector('h2, h3')?.textContent.replace(/\u00AD/g, '').trim(),
      ),
    }));
    assert.deepEqual(state.violations, []);
    assert.deepEqual(state.errors, []);
    assert.equal(state.trustedTypes, 'object');
    assert.equal(state.titles[0], 'Passenderwijs');
    assert.equal(state.titles[1], '2 samenwerkingsverbanden');
    assert.equal(state.titles[4], 'Samenwerkingsverbanden basisonderwijs');
    assert.equal(state.regions, 76);
    // Three copies of the library (module, classic, module again under another URL): a warning per tag (five) per extra copy (two), no error.
    assert.equal(console.filter((line) => line.includes('was already defined by another copy')).length, 10);
    assert.equal(console.filter((line) => line.startsWith('error')).length, 0, console.join('\n'));
    await page.close();
  });

  test('host CSS: the elements stay readable, and the host font and colour still reach them', async () => {
    const { page } = await open('nl');
    const look = await page.evaluate(() => {
      const card = document.querySelector('swv-card').shadowRoot;
      const title = card.querySelector('h2');
      const list = card.querySelector('ul');
      const style = (el) => getComputedStyle(el);
      return {
        titleDisplay: style(title).display,
        titleSize: parseFloat(style(title).fontSize),
        titleColor: style(title).color,
        titleFont: style(title).fontFamily,
        listStyle: style(list).listStyleType,
        hostHeading: style(document.querySelector('body > h2')).display,
      };
    });
    assert.equal(look.hostHeading, 'none', 'the host rule applies to the host page itself');
    assert.equal(look.titleDisplay, 'block');
    assert.ok(look.titleSize > 16, `title font size ${look.titleSize}`);
    assert.equal(look.titleColor, 'rgb(200, 0, 0)', 'the host colour is inherited');
    assert.equal(look.titleFont, 'serif', 'the host font is inherited');
    assert.notEqual(look.listStyle, 'none');
    await page.close();
  });

  test('the classic script alone, served from the WordPress plugin folder, finds the default data beside it', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/wordpress.html`);
    await page.waitForFunction(() => ['swv-card', 'swv-finder'].every((tag) => document.querySelector(tag)?.dataState === 'complete'), null, {
      timeout: 15_000,
    });
    const state = await page.evaluate(() => ({
      title: document.querySelector('swv-card').shadowRoot.querySelector('h2').textContent.trim(),
      errors: window.__errors,
      violations: window.__violations,
    }));
    assert.deepEqual(state, { title: 'Passenderwijs', errors: [], violations: [] });
    await page.close();
  });

  test('an unknown page language falls back to Dutch', async () => {
    const { page } = await open('xx-klingon');
    const label = await page.evaluate(() => document.querySelector('swv-finder').shadowRoot.querySelector('label').textContent.replace(/\u00AD/g, ''));
    assert.equal(label, 'Zoek uw samenwerkingsverband');
    await page.close();
  });
});
