/**
 * The module script (dist/cdn/swv-elements.js) registers every element but carries no views: each
 * element's view, and the validator (for data other than the packaged default data, which was
 * checked when it was built), load from `chunks/` beside it when a page needs them. These
 * tests count what a page downloads, check the chunks against the import map's integrity hashes
 * under a strict Content-Security-Policy, and break a chunk to see the reader still gets a message.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { launchChromium, startSite } from '../server/site.mjs';

const INTEGRITY = JSON.parse(await readFile(new URL('../../dist/cdn/integrity.json', import.meta.url), 'utf8'));
const CHUNKS = Object.keys(INTEGRITY).filter((file) => file.startsWith('chunks/'));

/** The import map docs/script-tag.md tells hosts to use: a hash for every chunk. */
const IMPORT_MAP = JSON.stringify({ integrity: Object.fromEntries(CHUNKS.map((file) => [`/cdn/${file}`, INTEGRITY[file]])) });
const IMPORT_MAP_HASH = `'sha256-${createHash('sha256').update(IMPORT_MAP).digest('base64')}'`;
const CSP = `default-src 'self'; script-src 'self' ${IMPORT_MAP_HASH}; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'`;

const WATCH = `window.__violations = []; window.__errors = []; window.__events = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
for (const type of ['swv-load', 'swv-error']) document.addEventListener(type, (e) => window.__events.push(type + ' ' + e.target.localName + ' ' + (e.kind ?? '')));`;

/** A host page with `body`, loading the script-tag files `scripts` (the module, or one element's own file). */
const page = (body, scripts = ['swv-elements.js']) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Host</title>
<script src="/watch.js"></script>
<script type="importmap">${IMPORT_MAP}</script>
${scripts.map((file) => `<script type="module" src="/cdn/${file}" integrity="${INTEGRITY[file]}"></script>`).join('\n')}
</head><body>${body}</body></html>`;

const PAGES = {
  '/one-card.html': page(`<swv-card code="PO2604"><a href="https://example.org/">Meer informatie</a></swv-card>`),
  '/two-cards.html': page(`<swv-card code="PO2604"></swv-card><swv-card code="VO2604"></swv-card>`),
  '/all.html': page(`<swv-card code="PO2604"></swv-card><swv-overview municipality="Woerden"></swv-overview>
<opr-info code="PO2604"></opr-info><opr-info></opr-info><swv-finder></swv-finder>`),
  // (A long text between: the CSP allows no style attribute.)
  '/lazy.html': page(`<swv-overview municipality="Woerden" searchable></swv-overview>${'<p>Tekst van de pagina.</p>'.repeat(150)}
<swv-card code="PO2604" loading="lazy"></swv-card><swv-map code="PO2604"></swv-map>`),
  '/card-file.html': page(`<swv-card postcode="3442" sector="po"></swv-card>`, ['swv-card.js']),
  '/card-file-english.html': page(`<swv-card postcode="3442" sector="po" lang="en"></swv-card>`, ['swv-card.js']),
  '/finder-file-arabic.html': page(`<swv-finder lang="ar"></swv-finder>`, ['swv-finder.js']),
  '/opr-file.html': page(`<opr-info></opr-info><opr-info code="PO2604"></opr-info>`, ['opr-info.js']),
  '/card-file-and-module.html': page(`<swv-card code="PO2604"></swv-card><swv-overview municipality="Woerden"></swv-overview>`, [
    'swv-card.js',
    'swv-elements.js',
  ]),
  '/card-and-overview.html': page(`<swv-card code="PO2604"><a href="https://example.org/">Meer informatie</a></swv-card>
<swv-overview municipality="Woerden"></swv-overview>`),
};

let site;
let browser;

before(async () => {
  site = await startSite((path) => (path === '/watch.js' ? ['text/javascript', WATCH] : PAGES[path] ? ['text/html', PAGES[path]] : undefined), {
    'Content-Security-Policy': CSP,
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.close();
});

/** Opens a page and waits until every element on it is done; returns the page and the script files it fetched (`chunks/card-view`, ...). */
async function open(path, { block } = {}) {
  const tab = await browser.newPage();
  const scripts = [];
  const dataFiles = [];
  tab.on('request', (request) => {
    const match = /\/cdn\/(.+)\.js$/.exec(request.url());
    if (match) scripts.push(match[1].replace(/^(chunks\/.+)-[\w-]{8}$/, '$1'));
    const data = /\/cdn\/swv-data\/(.+\.json)$/.exec(request.url());
    if (data) dataFiles.push(data[1]);
  });
  if (block) await tab.route(`**/cdn/chunks/${block}-*.js`, (route) => route.fulfill({ status: 404, body: '' }));
  await tab.goto(`${site.origin}${path}`);
  await tab.waitForFunction(
    () => [...document.querySelectorAll('swv-card, swv-overview, opr-info[code], swv-finder')].every((el) => ['complete', 'error'].includes(el.dataState)),
    null,
    { timeout: 15_000 },
  );
  const state = await tab.evaluate(() => ({ violations: window.__violations, errors: window.__errors, events: window.__events }));
  return { tab, scripts: scripts.sort(), dataFiles: dataFiles.sort(), ...state };
}

// The build shortens private names; what Lit watches by name must keep it (a bug fixed here: in the
// script-tag files, `loading="lazy"` never loaded and the overview's search did not narrow the list).
test('in the script-tag module, lazy elements load when they near the viewport, and reactive state still updates', async () => {
  const tab = await browser.newPage();
  const requests = [];
  tab.on('request', (request) => requests.push(request.url()));
  await tab.goto(`${site.origin}/lazy.html`);
  await tab.waitForFunction(() => document.querySelector('swv-overview').dataState === 'complete');
  await tab.waitForTimeout(300);
  assert.deepEqual(await tab.evaluate(() => ['swv-card', 'swv-map'].map((tag) => document.querySelector(tag).dataState)), ['initial', 'initial']);
  assert.ok(!requests.some((url) => url.includes('/maps/')), 'no map file before the map nears the viewport');
  // The search narrows the list as the reader types.
  await tab.locator('swv-overview input').fill('Passenderwijs');
  await tab.waitForFunction(() => document.querySelector('swv-overview').shadowRoot.querySelectorAll('[part=item]').length === 1);
  await tab.evaluate(() => document.querySelector('swv-map').scrollIntoView());
  await tab.waitForFunction(() => ['swv-card', 'swv-map'].every((tag) => document.querySelector(tag).dataState === 'complete'), null, { timeout: 15_000 });
  assert.ok(requests.some((url) => url.endsWith('/maps/po.json')));
  await tab.close();
});

describe("one element's own file (swv-card.js, …): everything that element needs, in one file", () => {
  test('a card by postcode fetches swv-card.js and nothing else of script: no chunk, no validator', async () => {
    const { tab, scripts, dataFiles, violations, errors, events } = await open('/card-file.html');
    assert.deepEqual(scripts, ['swv-card']);
    assert.deepEqual(dataFiles, ['index.json', 'postcodes/34.json']);
    assert.equal(await tab.evaluate(() => document.querySelector('swv-card').shadowRoot.querySelector('h2').textContent.trim()), 'Passenderwijs');
    assert.deepEqual(events, ['swv-load swv-card ']);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  test('in another language, its texts come from its own chunks folder', async () => {
    const card = await open('/card-file-english.html');
    assert.deepEqual(card.scripts, ['chunks/swv-card/en', 'swv-card']);
    assert.match(await card.tab.evaluate(() => document.querySelector('swv-card').shadowRoot.textContent), /See the list of 78 schools/);
    await card.tab.close();
    const finder = await open('/finder-file-arabic.html');
    assert.deepEqual(finder.scripts, ['chunks/swv-finder/ar', 'chunks/swv-finder/finder-texts-ar', 'swv-finder']);
    const field = finder.tab.locator('swv-finder input');
    await field.fill('3442');
    await field.press('Enter');
    await finder.tab.waitForFunction(() => document.querySelector('swv-finder').shadowRoot.querySelectorAll('.result .item').length === 2);
    assert.match(await finder.tab.evaluate(() => document.querySelector('swv-finder').shadowRoot.querySelector('label').textContent), /ابحث/);
    assert.deepEqual(finder.errors, []);
    await finder.tab.close();
  });

  test("opr-info.js shows the explanation and a partnership's OPR", async () => {
    const { tab, scripts, errors } = await open('/opr-file.html');
    assert.deepEqual(scripts, ['opr-info']);
    const titles = await tab.evaluate(() =>
      [...document.querySelectorAll('opr-info')].map((el) =>
        el.shadowRoot
          .querySelector('[part=title]')
          .textContent.replace(/\u00AD/g, '')
          .trim(),
      ),
    );
    assert.deepEqual(titles, ['Wat is de ondersteuningsplanraad (OPR)?', 'De OPR van Passenderwijs']);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  test('with swv-elements.js on the same page: the first file to register the card wins, the other says so, and every element works', async () => {
    const tab = await browser.newPage();
    const warnings = [];
    tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await tab.goto(`${site.origin}/card-file-and-module.html`);
    await tab.waitForFunction(() => ['swv-card', 'swv-overview'].every((tag) => document.querySelector(tag).dataState === 'complete'), null, {
      timeout: 15_000,
    });
    assert.deepEqual(await tab.evaluate(() => window.__errors), []);
    assert.deepEqual(warnings, ['swv-elements: <swv-card> was already defined by another copy of the library; that one is used.']);
    await tab.close();
  });
});

describe('the module script loads each view only where a page needs it', () => {
  test('a page with one card on the packaged data fetches the card view and the parts views share; no validator, no other view, no English', async () => {
    const { tab, scripts, violations, errors } = await open('/one-card.html');
    assert.deepEqual(scripts, ['chunks/card-view', 'chunks/view-parts', 'swv-elements']);
    assert.equal(await tab.evaluate(() => document.querySelector('swv-card').shadowRoot.querySelector('h2').textContent.trim()), 'Passenderwijs');
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  test('two cards share one download of each file', async () => {
    const { tab, scripts, dataFiles, events } = await open('/two-cards.html');
    assert.deepEqual(scripts, ['chunks/card-view', 'chunks/view-parts', 'swv-elements']);
    assert.deepEqual(dataFiles, ['index.json']);
    assert.deepEqual(events, ['swv-load swv-card ', 'swv-load swv-card ']);
    await tab.close();
  });

  test('a page with all four elements fetches each view once, checked against the import map, and they all work', async () => {
    const { tab, scripts, violations, errors, events } = await open('/all.html');
    assert.deepEqual(scripts, ['chunks/card-view', 'chunks/finder-view', 'chunks/opr-view', 'chunks/overview-view', 'chunks/view-parts', 'swv-elements']);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    assert.equal(events.filter((e) => e.startsWith('swv-load')).length, 4);
    const finder = tab.locator('swv-finder input');
    await finder.fill('3442');
    await finder.press('Enter');
    await tab.waitForFunction(() => document.querySelector('swv-finder').shadowRoot.querySelectorAll('.result .item').length === 2);
    await tab.close();
  });

  test('the module asks for every chunk itself: no chunk waits for another one to arrive first (one round trip, not two)', async () => {
    const tab = await browser.newPage();
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Network.enable');
    const initiators = {};
    cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
      const chunk = /\/cdn\/(chunks\/.+)-[\w-]{8}\.js$/.exec(request.url)?.[1];
      if (chunk) initiators[chunk] = (initiator.url ?? initiator.stack?.callFrames[0]?.url ?? '').replace(site.origin, '');
    });
    await tab.goto(`${site.origin}/all.html`);
    await tab.waitForFunction(() => document.querySelector('swv-finder').dataState === 'complete');
    assert.deepEqual(initiators, {
      'chunks/card-view': '/cdn/swv-elements.js',
      'chunks/finder-view': '/cdn/swv-elements.js',
      'chunks/opr-view': '/cdn/swv-elements.js',
      'chunks/overview-view': '/cdn/swv-elements.js',
      'chunks/view-parts': '/cdn/swv-elements.js',
    });
    await tab.close();
  });

  test('a view that fails to download: that element says so and shows its fallback; the others still work', async () => {
    const { tab, events, errors } = await open('/card-and-overview.html', { block: 'card-view' });
    const card = await tab.evaluate(() => {
      const root = document.querySelector('swv-card').shadowRoot;
      return { status: root.querySelector('[role="status"]').textContent.trim(), fallback: !!root.querySelector('.fallback slot') };
    });
    assert.match(card.status, /^De gegevens konden niet worden opgehaald/);
    assert.equal(card.fallback, true);
    assert.ok(events.includes('swv-error swv-card network'), events.join(', '));
    assert.ok(events.includes('swv-load swv-overview '), events.join(', '));
    assert.deepEqual(errors, []);
    await tab.close();
  });
});
