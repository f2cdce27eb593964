/**
 * `swv-data render`: server-rendered elements (declarative shadow DOM) whose content is in the
 * HTML itself, and that the script takes over without a flash. Runs against the built dist/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium, startSite } from '../server/site.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const render = (...args) => spawnSync(process.execPath, [join(ROOT, 'bin/swv-data.mjs'), 'render', ...args], { cwd: ROOT, encoding: 'utf8' });
/** The HTML without Lit's markers and the soft hyphens in long Dutch words (invisible unless a line breaks there). */
const markup = (html) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/\u00AD/g, '');
/** The HTML without styles, tags and Lit's markers: what a reader or a search engine gets. */
const text = (html) =>
  markup(html)
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('swv-data render', () => {
  const cases = [
    {
      args: ['swv-card', 'code=PO2604'],
      tag: 'swv-card',
      heading: '<h2 part="title" class="title">Passenderwijs</h2>',
      content: ['Gebied', 'Website van Passenderwijs'],
    },
    {
      args: ['swv-card', 'postcode=3442', 'sector=po', 'heading-level=3'],
      tag: 'swv-card',
      heading: '<h3 part="title" class="title">Passenderwijs</h3>',
      content: ['PO 26-04'],
    },
    {
      args: ['swv-overview', 'municipality=Woerden', 'lang=en'],
      tag: 'swv-overview',
      heading: '<h2 part="heading" class="heading">2 partnerships</h2>',
      content: ['Passenderwijs', 'Municipalities'],
    },
    {
      args: ['opr-info', 'code=PO0001'],
      tag: 'opr-info',
      heading: '<h2 part="title" class="title">De OPR van Berséba</h2>',
      content: ['Wat is de ondersteuningsplanraad (OPR)?'],
    },
    {
      // The map's list form: what readers without JavaScript (and print) get.
      args: ['swv-map', 'sector=po'],
      tag: 'swv-map',
      heading: '<h2 part="title" class="title">Samenwerkingsverbanden basisonderwijs</h2>',
      content: ['Groningen', 'Limburg', 'Landelijk', 'Passenderwijs (PO 26-04)', 'De Ronde Venen, Montfoort, Oudewater, Stichtse Vecht, Woerden', 'Berséba (PO 00-01)'],
    },
    { args: ['swv-finder'], tag: 'swv-finder', heading: '<label for="q">Zoek uw samenwerkingsverband</label>', content: ['Bijvoorbeeld 3442 of Woerden'] },
    {
      args: ['swv-card', 'src=test/fixtures/sample.json', 'code=PO9901'],
      tag: 'swv-card',
      heading: '<h2 part="title" class="title">Voorbeeldverband Noord</h2>',
      content: ['Voorbeeldlaan 1'],
    },
  ];
  for (const c of cases) {
    test(`${c.args.join(' ')}: the heading and content are in the HTML itself`, () => {
      const result = render(...c.args);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, new RegExp(`<${c.tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
      assert.ok(markup(result.stdout).includes(c.heading), `heading ${c.heading}`);
      for (const words of c.content) assert.ok(text(result.stdout).includes(words), words);
      assert.ok(!text(result.stdout).includes('De gegevens worden geladen'), 'no loading state');
    });
  }

  test('swv-map renders the list, with no map to click and no buttons that need JavaScript', () => {
    const { stdout, status } = render('swv-map', 'sector=vo');
    assert.equal(status, 0);
    assert.equal((stdout.match(/<li>/g) ?? []).length, 74);
    assert.doesNotMatch(stdout, /<svg|<button/);
  });

  test('escapes attribute values and refuses attributes the element does not have', () => {
    const hostile = render('swv-card', 'code="><script>alert(1)</script>');
    assert.equal(hostile.status, 0, hostile.stderr);
    assert.ok(!hostile.stdout.includes('<script>'));
    assert.ok(hostile.stdout.includes('code="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
    const unknown = render('swv-card', 'onclick=alert(1)');
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /<swv-card> has no attribute "onclick"/);
    assert.equal(render('swv-nothing').status, 1);
  });
});

describe('a server-rendered element on a page with the script', () => {
  let site;
  let browser;
  const card = render('swv-card', 'code=PO2604').stdout;
  /** Records the shadow root after every change, from the moment the element is parsed. */
  const WATCH = `const el = document.querySelector('swv-card'); window.__states = [];
const record = () => window.__states.push({ titles: [...el.shadowRoot.querySelectorAll('h2')].map((h) => h.textContent.trim()), loading: el.shadowRoot.textContent.includes('De gegevens worden geladen') });
record(); new MutationObserver(record).observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });`;
  const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>SSR</title></head><body>${card}<script src="/watch.js"></script><script type="module" src="/cdn/swv-elements.js"></script></body></html>`;

  before(async () => {
    site = await startSite({ '/page.html': ['text/html', PAGE], '/watch.js': ['text/javascript', WATCH] });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    site?.close();
  });

  test('without JavaScript, the reader still gets the content', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/page.html`);
    assert.equal(await page.locator('swv-card h2').textContent(), 'Passenderwijs');
    assert.ok(await page.locator('swv-card h2').isVisible());
    await context.close();
  });

  test('with the script, the element takes over without a flash: never empty, never loading, never twice', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/page.html`);
    await page.waitForFunction(() => document.querySelector('swv-card').dataState === 'complete');
    await page.waitForTimeout(200);
    const states = await page.evaluate(() => window.__states);
    assert.ok(states.length > 1, 'the element re-rendered');
    for (const state of states) {
      assert.deepEqual(state.titles, ['Passenderwijs'], JSON.stringify(states));
      assert.equal(state.loading, false);
    }
    // The element's own content, with its own styles, is what remains.
    const own = await page.evaluate(() => {
      const root = document.querySelector('swv-card').shadowRoot;
      return { styles: root.querySelectorAll('style').length, adopted: root.adoptedStyleSheets.length > 0, details: !!root.querySelector('details') };
    });
    assert.deepEqual(own, { styles: 0, adopted: true, details: true });
    await page.close();
  });
});
