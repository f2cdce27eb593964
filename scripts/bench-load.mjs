/**
 * The loading half of `npm run bench`: how long a reader waits for content, in Debian's Chromium
 * with the script-tag build and the packaged default data, served brotli-compressed like a real web
 * server, with an empty cache every time. Every row is printed next to a baseline measured in the
 * same run: a hand-written page (scripts/bench/vanilla.js) that fetches the same files and writes
 * the same sections with plain DOM calls. The classic script is measured for all four elements, an
 * element's own file (`own`: swv-card.js, …) for each page with one kind of element.
 *
 * Time to content: page start until every element shows its content (the finder: its first answer,
 * asked in the address), seen in an animation frame. Sequential requests: the longest chain of
 * requests after the HTML where each one starts only after the one before has arrived (measured on
 * Fast 3G, where that shows). Then the overview of all 151 partnerships, and the PO map, rendered 30 times on a warm
 * page, against the hand-written overview in a shadow root with the element's own stylesheets.
 */
import { readFileSync } from 'node:fs';
import { launchChromium, startSite } from '../test/server/site.mjs';
import { stats } from './stats.mjs';
import { report } from './bench/report.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 7;
const SCENARIOS = {
  'card by code': { ours: '<swv-card code="PO2604"></swv-card>', vanilla: '<div data-vanilla="card" data-code="PO2604"></div>', own: 'swv-card' },
  'card by postcode': {
    ours: '<swv-card postcode="3442" sector="po"></swv-card>',
    vanilla: '<div data-vanilla="card" data-postcode="3442" data-sector="po"></div>',
    own: 'swv-card',
  },
  'overview of Woerden': {
    ours: '<swv-overview municipality="Woerden"></swv-overview>',
    vanilla: '<div data-vanilla="overview" data-municipality="Woerden"></div>',
    own: 'swv-overview',
  },
  "finder's first answer": {
    ours: '<swv-finder hash-param="swv"></swv-finder>',
    vanilla: '<div data-vanilla="finder"></div>',
    hash: '#swv=3442',
    own: 'swv-finder',
  },
  'all four elements': {
    ours: '<swv-card code="PO2604"></swv-card><swv-overview municipality="Woerden"></swv-overview><opr-info code="PO2604"></opr-info><swv-finder hash-param="swv"></swv-finder>',
    vanilla:
      '<div data-vanilla="card" data-code="PO2604"></div><div data-vanilla="overview" data-municipality="Woerden"></div><div data-vanilla="opr" data-code="PO2604"></div><div data-vanilla="finder"></div>',
    hash: '#swv=3442',
    classic: true,
  },
};
/** `own`: the element's own file (`swv-card.js`), for a page with one kind of element. */
const SCRIPTS = {
  module: '<script type="module" src="/cdn/swv-elements.js"></script>',
  own: (scenario) => `<script type="module" src="/cdn/${scenario.own}.js"></script>`,
  classic: '<script src="/cdn/swv-elements.iife.js" defer></script>',
  vanilla: '<script src="/vanilla.js" defer></script>',
};
const NETWORKS = {
  fast: undefined,
  'Fast 3G': { offline: false, latency: 562.5, downloadThroughput: (1.6 * 0.9 * 1024 * 1024) / 8, uploadThroughput: (750 * 0.9 * 1024) / 8 },
};

/** Marks the first animation frame in which the content is there. */
const WATCH = `<script>(() => {
  const shown = () => {
    if (document.querySelector('[data-vanilla]')) return !!window.__vanillaDone;
    const elements = [...document.querySelectorAll('swv-card, swv-overview, opr-info, swv-finder')];
    return elements.length > 0 && elements.every((el) => el.dataState === 'complete' && (el.localName !== 'swv-finder' || el.shadowRoot.querySelector('.result .item')));
  };
  const tick = () => (shown() ? (window.__shown = performance.now()) : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
})();</script>`;
const page = (script, body) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title>${WATCH}${script}</head><body>${body}</body></html>`;

const vanilla = readFileSync(new URL('./bench/vanilla.js', import.meta.url), 'utf8');
const names = Object.keys(SCENARIOS);
const site = await startSite(
  (path) => {
    if (path === '/vanilla.js') return ['text/javascript', vanilla];
    if (path === '/overview-render.html')
      return ['text/html', `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title>${SCRIPTS.module}${SCRIPTS.vanilla}</head><body></body></html>`];
    const match = /^\/bench-(\w+)-(\d+)\.html$/.exec(path);
    if (!match) return undefined;
    const scenario = SCENARIOS[names[Number(match[2])]];
    const script = match[1] === 'own' ? SCRIPTS.own(scenario) : SCRIPTS[match[1]];
    return ['text/html', page(script, scenario[match[1] === 'vanilla' ? 'vanilla' : 'ours'])];
  },
  {},
  { brotli: true },
);
const browser = await launchChromium();

const cases = [];
for (const network of Object.keys(NETWORKS))
  names.forEach((name, i) => {
    for (const script of ['module', ...(SCENARIOS[name].own ? ['own'] : []), 'vanilla', ...(SCENARIOS[name].classic ? ['classic'] : [])]) cases.push({ network, name, i, script, times: [], depths: [], bytes: 0 });
  });

/** The longest chain of requests that each waited for the one before to arrive (the HTML not counted). */
function sequentialDepth(requests) {
  const done = [...requests.values()].filter((r) => r.end !== undefined).sort((a, b) => a.start - b.start);
  for (const r of done) r.depth = Math.max(0, ...done.filter((q) => q !== r && q.end <= r.start).map((q) => q.depth + 1));
  return Math.max(0, ...done.map((r) => r.depth));
}

try {
  // Interleaved rounds, so a slow moment of the machine hits every case alike.
  for (let round = 0; round < (process.env.BENCH_ONLY === 'render' ? 0 : ROUNDS); round++) {
    for (const c of cases) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      if (NETWORKS[c.network]) await cdp.send('Network.emulateNetworkConditions', NETWORKS[c.network]);
      const requests = new Map();
      cdp.on('Network.requestWillBeSent', ({ requestId, timestamp, request }) => !request.url.endsWith('favicon.ico') && requests.set(requestId, { start: timestamp }));
      cdp.on('Network.loadingFinished', ({ requestId, timestamp, encodedDataLength }) => {
        const r = requests.get(requestId);
        if (r) Object.assign(r, { end: timestamp, bytes: encodedDataLength });
      });
      await tab.goto(`${site.origin}/bench-${c.script}-${c.i}.html${SCENARIOS[c.name].hash ?? ''}`);
      await tab.waitForFunction(() => window.__shown !== undefined, null, { timeout: 60_000 });
      c.times.push(await tab.evaluate(() => window.__shown));
      c.depths.push(sequentialDepth(requests));
      c.bytes = await tab.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).reduce((sum, r) => sum + r.encodedBodySize, 0));
      await context.close();
    }
  }

  if (process.env.BENCH_ONLY !== 'render') {
    report(`\nin Chromium, time to content, brotli, empty cache (${ROUNDS} rounds each; median / max); ratio: against the hand-written page`);
    report('network | page                  | script  | script KB | sequential requests | time to content | ratio');
  }
  for (const c of process.env.BENCH_ONLY === 'render' ? [] : cases) {
    const { median, max } = stats(c.times);
    const base = stats(cases.find((b) => b.network === c.network && b.name === c.name && b.script === 'vanilla').times).median;
    report(
      `${c.network.padEnd(7)} | ${c.name.padEnd(21)} | ${c.script.padEnd(7)} | ${(c.bytes / 1000).toFixed(1).padStart(9)} | ${String(Math.max(...c.depths)).padStart(19)} | ${`${median.toFixed(0)} / ${max.toFixed(0)} ms`.padStart(15)} | ${c.script === 'vanilla' ? 'baseline' : `${(median / base).toFixed(2)}x`}`,
    );
  }

  // Rendering alone, on a page that has the data and the code: the overview of every partnership,
  // and the PO map, each against the same markup written by hand into a shadow root with the
  // element's own stylesheets (the same layout work, so the ratio is what the element itself costs).
  const tab = await browser.newPage();
  await tab.goto(`${site.origin}/overview-render.html`);
  await tab.waitForFunction(() => typeof window.__vanillaOverview === 'function' && typeof window.__vanillaMap === 'function');
  const rounds = (options) =>
    tab.evaluate(async ({ tag, drawnSelector, hand }) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const make = () => Object.assign(document.createElement(tag), { loading: 'eager' });
      const drawn = (el) => el.dataState === 'complete' && !!el.shadowRoot?.querySelector(drawnSelector);
      const warm = document.body.appendChild(make());
      while (!drawn(warm)) await frame();
      const sheets = [...warm.shadowRoot.adoptedStyleSheets];
      warm.remove();
      const ours = [];
      const byHand = [];
      for (let i = 0; i < 30; i++) {
        let t = performance.now();
        // Drawn when it says so (swv-load comes right after the content is in the DOM). Not by
        // polling with setTimeout: nested timeouts wait at least 4 ms each, which counted against
        // the element and not against the hand-written page.
        const el = make();
        const shown = new Promise((resolve) => el.addEventListener('swv-load', resolve, { once: true }));
        document.body.appendChild(el);
        await shown;
        if (!drawn(el)) throw new Error(`${tag}: swv-load before its content was drawn`);
        void el.shadowRoot.firstElementChild.getBoundingClientRect();
        await frame();
        ours.push(performance.now() - t);
        el.remove();
        t = performance.now();
        const block = document.body.appendChild(document.createElement('div'));
        const root = block.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = sheets;
        root.append(window[hand]());
        void root.firstElementChild.getBoundingClientRect();
        await frame();
        byHand.push(performance.now() - t);
        block.remove();
      }
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return { ours: median(ours), hand: median(byHand) };
    }, options);
  const render = await rounds({ tag: 'swv-overview', drawnSelector: '[part=list]', hand: '__vanillaOverview' });
  const mapRender = await rounds({ tag: 'swv-map', drawnSelector: 'svg path', hand: '__vanillaMap' });
  await tab.close();
  report(
    `\noverview of all partnerships, rendered on a warm page with the same stylesheets (30 rounds, median): swv-overview ${render.ours.toFixed(1)} ms, hand-written ${render.hand.toFixed(1)} ms, ratio ${(render.ours / render.hand).toFixed(2)}x`,
  );
  report(
    `map of primary education (76 regions, shared municipalities, provinces), first render on a warm page with the same stylesheets (30 rounds, median): swv-map ${mapRender.ours.toFixed(1)} ms, the same SVG by hand ${mapRender.hand.toFixed(1)} ms, ratio ${(mapRender.ours / mapRender.hand).toFixed(2)}x`,
  );
} finally {
  await browser.close();
  site.close();
}
