/**
 * Every snippet the code builder (demo/builder.html) hands out, pasted into a page as an editor
 * would, renders the element that was chosen, with the attributes that were chosen: the script
 * tag (with its integrity hash), the data-swv mount point, the iframe, and React (bundled by
 * esbuild for production). The WordPress shortcode and block are pasted into a real WordPress
 * by test/node/wordpress.test.mjs. The snippets come from src/builder/snippets.ts, built here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { launchChromium, startSite } from '../server/site.mjs';
import { builderSnippets } from '../server/builder-snippets.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const INTEGRITY = JSON.parse(readFileSync(`${ROOT}dist/cdn/integrity.json`, 'utf8'));

/** What an editor may choose; the last has values that must stay text. */
const CHOICES = [
  { tag: 'swv-card', attributes: [['code', 'PO2604'], ['lang', 'en'], ['heading-level', '3']] },
  { tag: 'swv-overview', attributes: [['municipality', 'Woerden'], ['searchable', '']] },
  { tag: 'opr-info', attributes: [['code', 'VO2604']] },
  { tag: 'swv-finder', attributes: [['sector', 'po'], ['hash-param', 'swv']] },
  { tag: 'swv-map', attributes: [['sector', 'vo'], ['code', 'VO2604'], ['loading', 'eager']] },
  { tag: 'swv-card', attributes: [['municipality', `"><img src=x onerror=window.hacked=1>&amp; {x} 'y'`]] },
];

let snippet;
let site;
let browser;
const pages = new Map();

before(async () => {
  ({ snippet } = await builderSnippets());
  site = await startSite((path) => pages.get(path));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.close();
});

/** Serves `body` as a page, opens it, and gives the chosen element as the page has it. */
async function paste(body, tag, { frame = false } = {}) {
  const path = `/paste-${pages.size}.html`;
  pages.set(path, ['text/html', `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Plakken</title></head><body>${body}</body></html>`]);
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${site.origin}${path}`);
  let context = page;
  if (frame) {
    await page.waitForFunction(() => document.querySelector('iframe'));
    context = await (await page.$('iframe')).contentFrame();
  }
  await context.waitForFunction((name) => ['complete', 'error'].includes(document.querySelector(name)?.dataState), tag, { timeout: 15000 });
  const seen = await context.evaluate((name) => {
    const el = document.querySelector(name);
    return {
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      properties: { code: el.code, municipality: el.municipality, sector: el.sector, lang: el.lang, headingLevel: el.headingLevel, searchable: el.searchable, hashParam: el.hashParam, loading: el.loading },
      hacked: window.hacked ?? null,
      images: document.querySelectorAll('img').length,
    };
  }, tag);
  await page.close();
  return { ...seen, problems };
}

const local = () => ({ base: `${site.origin}/cdn`, integrity: INTEGRITY });
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

describe('every snippet of the code builder renders the chosen element', () => {
  for (const choice of CHOICES) {
    const expected = Object.fromEntries(choice.attributes);
    const label = `${choice.tag} ${JSON.stringify(expected)}`;

    test(`script tag, with its integrity hash: ${label}`, async () => {
      const code = snippet('script', choice, local());
      assert.match(code, /integrity="sha384-/);
      const seen = await paste(code, choice.tag);
      assert.deepEqual(seen.attributes, expected);
      assert.deepEqual([seen.hacked, seen.images, seen.problems], [null, 0, []]);
    });

    test(`data-swv mount point, with the script on the page: ${label}`, async () => {
      const seen = await paste(`${snippet('mount', choice, local())}\n<script type="module" src="${site.origin}/cdn/swv-elements.js"></script>`, choice.tag);
      assert.deepEqual(seen.attributes, expected);
      assert.deepEqual([seen.hacked, seen.images, seen.problems], [null, 0, []]);
    });

    test(`iframe with the resize script: ${label}`, async () => {
      const seen = await paste(snippet('iframe', choice, local()), choice.tag, { frame: true });
      assert.deepEqual(seen.attributes, expected);
      assert.deepEqual([seen.hacked, seen.images, seen.problems], [null, 0, []]);
    });

    test(`React 18 (the wrappers), bundled for production: ${label}`, async () => {
      const code = snippet('react', choice, local());
      const [imports, jsx] = code.split('\n\n');
      const result = await build({
        stdin: {
          contents: `${imports}\nimport { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('app')).render(${jsx});\n`,
          loader: 'jsx',
          resolveDir: ROOT,
        },
        bundle: true,
        write: false,
        format: 'esm',
        jsx: 'automatic',
        minify: true,
        define: { 'process.env.NODE_ENV': '"production"' },
        alias: { 'swv-elements/react': `${ROOT}dist/react.js` },
        logLevel: 'silent',
      });
      const path = `/react-${pages.size}.js`;
      pages.set(path, ['text/javascript', result.outputFiles[0].text]);
      const seen = await paste(`<meta name="swv-data" content="/cdn/swv-data/index.json"><div id="app"></div><script type="module" src="${path}"></script>`, choice.tag);
      // The wrappers set properties: each chosen attribute arrives as its property.
      for (const [name, value] of choice.attributes) {
        const property = seen.properties[camel(name)];
        if (name === 'searchable') assert.equal(property, true);
        else assert.equal(String(property), value, name);
      }
      assert.deepEqual([seen.hacked, seen.images, seen.problems], [null, 0, []]);
    });
  }

  test('the WordPress snippets say the same: shortcode self-closing, block attributes in camelCase', () => {
    assert.equal(snippet('shortcode', CHOICES[0], local()), '[swv-card code="PO2604" lang="en" heading-level="3" /]');
    assert.equal(snippet('block', CHOICES[0], local()), '<!-- wp:swv/card {"code":"PO2604","lang":"en","headingLevel":"3"} /-->');
    assert.equal(snippet('block', CHOICES[1], local()), '<!-- wp:swv/overview {"municipality":"Woerden","searchable":true} /-->');
    // A value cannot end the shortcode or the block comment, or become markup.
    const hostile = { tag: 'swv-card', attributes: [['code', '"] [/swv-card] --> <b>']] };
    assert.equal(snippet('shortcode', hostile, local()), '[swv-card code="&quot;&#93; &#91;/swv-card&#93; --> <b>" /]');
    assert.equal(snippet('block', hostile, local()), '<!-- wp:swv/card {"code":"\\u0022] [/swv-card] \\u002d\\u002d\\u003e \\u003cb\\u003e"} /-->');
  });
});
