/**
 * The iframe embed (dist/cdn/embed.html) as a site builder uses it: an iframe on a host page of
 * another origin, with a strict Content-Security-Policy, in Chromium. The embed is served from
 * one origin (as a CDN or the plugin would), the host page from another.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, startSite } from '../server/site.mjs';

let embedSite;
let hostSite;
let browser;
const frames = new Map();

before(async () => {
  embedSite = await startSite({});
  const embed = (query) => `${embedSite.origin}/cdn/embed.html?${query}`;
  // Host pages: one iframe each, and the resize script from the embed's origin.
  hostSite = await startSite(
    (path) => {
      const query = frames.get(path);
      if (query === undefined) return undefined;
      return [
        'text/html',
        `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>School</title></head><body>
          <h1>Passend onderwijs op onze school</h1>
          <iframe src="${embed(query).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" title="Samenwerkingsverband" width="100%"></iframe>
          <p id="after">Tekst onder het blok.</p>
          <script src="${embedSite.origin}/cdn/embed-resize.js"></script>
        </body></html>`,
      ];
    },
    {
      // No style-src: style attributes are blocked, as on a strict host (the snippet has none).
      'Content-Security-Policy': `default-src 'none'; script-src ${embedSite.origin}; frame-src ${embedSite.origin}`,
    },
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  embedSite?.close();
  hostSite?.close();
});

/** Opens a host page with the embed of `query`; gives what is in the frame once it has settled. */
async function host(query, width = 800) {
  const path = `/page-${frames.size}.html`;
  frames.set(path, query);
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems = [];
  const foreign = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    const origin = new URL(request.url()).origin;
    if (origin !== embedSite.origin && origin !== hostSite.origin) foreign.push(request.url());
  });
  await page.goto(`${hostSite.origin}${path}`);
  const frame = page.frames().find((f) => f.url().startsWith(embedSite.origin));
  await frame.waitForFunction(() => {
    const el = document.querySelector('swv-card, swv-overview, opr-info, swv-finder, swv-map');
    return !el || ['complete', 'error'].includes(el.dataState);
  });
  const inside = await frame.evaluate(() => {
    const el = document.querySelector('swv-card, swv-overview, opr-info, swv-finder, swv-map');
    return {
      html: { lang: document.documentElement.lang },
      tag: el?.localName ?? null,
      attributes: el ? Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) : null,
      state: el?.dataState ?? null,
      heading: (el?.shadowRoot?.querySelector('h1, h2, h3') ?? null)?.textContent.replace(/\u00ad/g, '').trim() ?? null,
      dir: el?.shadowRoot?.querySelector('[dir]')?.getAttribute('dir') ?? null,
      text: `${document.body.innerText} ${el?.shadowRoot?.textContent ?? ''}`,
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
      hacked: window.hacked ?? null,
      images: document.querySelectorAll('img').length,
    };
  });
  // The height message arrives after a layout: wait (a little) for the iframe to match the content.
  const iframeHeight = await page
    .waitForFunction((height) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - height) <= 1, inside.height, { timeout: 3000 })
    .catch(() => null)
    .then(() => page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height));
  return { page, frame, inside, iframeHeight, problems, foreign };
}

test('a card in an iframe on another origin renders and the host script sizes the iframe to it', async () => {
  const { page, inside, iframeHeight, problems, foreign } = await host('el=card&code=PO2604');
  assert.equal(inside.tag, 'swv-card');
  assert.equal(inside.state, 'complete');
  assert.equal(inside.heading, 'Passenderwijs');
  assert.ok(inside.height > 400, `content ${inside.height}px`);
  assert.ok(Math.abs(iframeHeight - inside.height) <= 1, `iframe ${iframeHeight}px, content ${inside.height}px`);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('iframe')).borderTopWidth), '0px');
  // Narrower: the content grows, and so does the iframe.
  await page.setViewportSize({ width: 320, height: 900 });
  await page.waitForFunction((before) => document.querySelector('iframe').getBoundingClientRect().height > before, iframeHeight);
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  await page.close();
});

test('each element by its short name or tag; the finder and the overview too', async () => {
  for (const [query, tag] of [
    ['el=overview&municipality=Woerden', 'swv-overview'],
    ['el=opr&code=PO2604', 'opr-info'],
    ['el=finder&sector=po', 'swv-finder'],
    ['el=swv-card&postcode=3442&sector=po', 'swv-card'],
    ['el=map&sector=po&code=PO2604&loading=eager', 'swv-map'],
  ]) {
    const { page, inside, problems } = await host(query);
    assert.equal(inside.tag, tag, query);
    assert.equal(inside.state, 'complete', query);
    assert.deepEqual(problems, [], query);
    await page.close();
  }
});

test('the language comes from lang=: the page and the element speak it', async () => {
  const english = await host('el=card&code=PO2604&lang=en');
  assert.equal(english.inside.html.lang, 'en');
  assert.match(english.inside.text, /Area|Schools/);
  await english.page.close();
  const arabic = await host('el=opr&code=PO2604&lang=ar');
  assert.equal(arabic.inside.html.lang, 'ar');
  assert.equal(arabic.inside.dir, 'rtl');
  await arabic.page.close();
});

test('parameters that are not the element’s own attributes are ignored', async () => {
  const { page, inside } = await host('el=card&code=PO2604&onclick=window.hacked%3D1&style=display:none&class=x&hidden=&id=y&foo=bar&data-swv=opr');
  assert.deepEqual(inside.attributes, { code: 'PO2604' });
  assert.equal(inside.heading, 'Passenderwijs');
  await page.close();
});

test('hostile values are inert: markup stays text, other origins and javascript: are refused', async () => {
  const { page, inside, problems, foreign } = await host(
    `el=card&code=${encodeURIComponent('"><img src=x onerror=window.hacked=1>')}&heading-level=${encodeURIComponent('2" onmouseover="window.hacked=2')}`,
  );
  assert.equal(inside.hacked, null);
  assert.equal(inside.images, 0);
  assert.equal(inside.state, 'complete');
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  await page.close();
  for (const src of ['javascript:window.hacked=3', 'https://data.example.invalid/swv.json', '//data.example.invalid/swv.json', 'data:application/json,{}']) {
    const other = await host(`el=card&code=PO2604&src=${encodeURIComponent(src)}`);
    assert.deepEqual(other.inside.attributes, { code: 'PO2604' }, src);
    assert.equal(other.inside.heading, 'Passenderwijs', src);
    assert.deepEqual(other.foreign, [], src);
    await other.page.close();
  }
  const unknown = await host(`el=${encodeURIComponent('<img src=x onerror=window.hacked=4>')}`);
  assert.equal(unknown.inside.tag, null);
  assert.match(unknown.inside.text, /Dit onderdeel bestaat niet/);
  assert.equal(unknown.inside.hacked, null);
  assert.equal(unknown.inside.images, 0);
  await unknown.page.close();
});

test('data on the embed’s own origin may be named with src=', async () => {
  const { page, inside } = await host('el=card&code=PO2604&src=/cdn/swv-data/index.json');
  assert.deepEqual(inside.attributes, { code: 'PO2604', src: '/cdn/swv-data/index.json' });
  assert.equal(inside.state, 'complete');
  await page.close();
});

test('the host script believes only the iframe’s own window, and only a plausible height', async () => {
  const { page, iframeHeight } = await host('el=opr&code=PO2604');
  // The host page itself, or anything else that is not the iframe's window, cannot size it.
  await page.evaluate(() => window.postMessage({ type: 'swv-embed:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height), iframeHeight);
  // From the frame, an absurd height is held to the limits.
  const frame = page.frames().find((f) => f.url().startsWith(embedSite.origin));
  await frame.evaluate(() => window.parent.postMessage({ type: 'swv-embed:height', height: 1e9 }, '*'));
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height === 20000);
  await frame.evaluate(() => window.parent.postMessage({ type: 'swv-embed:height', height: 'x' }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height), 20000);
  await page.close();
});
