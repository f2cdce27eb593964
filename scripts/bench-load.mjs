/**
 * The loading half of `npm run bench`: how long a reader waits for the elements' content, from the
 * start of the page to the last `swv-load`, in Debian's Chromium with the script-tag build and the
 * default data, served brotli-compressed like a real web server.
 *
 * The module script (`swv-elements.js`, views and validator load beside the data) is compared in
 * the same run with the classic script (`swv-elements.iife.js`, the same code in one file): the
 * baseline. Each on a page with one card and on a page with all four elements, on a fast network
 * and on DevTools' "Fast 3G" (562.5 ms round trip, 1.44 Mbit/s), with an empty cache every time.
 */
import { launchChromium, startSite } from '../test/server/site.mjs';
import { stats } from './stats.mjs';

const ROUNDS = 7;
const BODIES = {
  card: '<swv-card code="PO2604"></swv-card>',
  all: '<swv-card code="PO2604"></swv-card><swv-overview municipality="Woerden"></swv-overview><opr-info code="PO2604"></opr-info><swv-finder></swv-finder>',
};
const SCRIPTS = {
  module: '<script type="module" src="/cdn/swv-elements.js"></script>',
  classic: '<script src="/cdn/swv-elements.iife.js" defer></script>',
};
const NETWORKS = {
  fast: undefined,
  'Fast 3G': { offline: false, latency: 562.5, downloadThroughput: (1.6 * 0.9 * 1024 * 1024) / 8, uploadThroughput: (750 * 0.9 * 1024) / 8 },
};

const page = (script, body) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title>
<script>window.__loads = 0; document.addEventListener('swv-load', () => { window.__loads += 1; window.__last = performance.now(); });</script>
${script}</head><body>${body}</body></html>`;

const site = await startSite(
  (path) => {
    const match = /^\/bench-(\w+)-(\w+)\.html$/.exec(path);
    return match ? ['text/html', page(SCRIPTS[match[1]], BODIES[match[2]])] : undefined;
  },
  {},
  { brotli: true },
);
const browser = await launchChromium();
const cases = [];
for (const network of Object.keys(NETWORKS))
  for (const body of Object.keys(BODIES)) for (const script of Object.keys(SCRIPTS)) cases.push({ network, body, script, times: [], bytes: 0, files: 0 });

try {
  // Interleaved rounds, so a slow moment of the machine hits every case alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      if (NETWORKS[c.network]) await cdp.send('Network.emulateNetworkConditions', NETWORKS[c.network]);
      const expected = (BODIES[c.body].match(/<(swv-card|swv-overview|opr-info code|swv-finder)/g) ?? []).length;
      await tab.goto(`${site.origin}/bench-${c.script}-${c.body}.html`);
      await tab.waitForFunction((n) => window.__loads >= n, expected, { timeout: 60_000 });
      const result = await tab.evaluate(() => ({
        last: window.__last,
        scripts: performance
          .getEntriesByType('resource')
          .filter((r) => r.name.endsWith('.js'))
          .map((r) => r.encodedBodySize),
      }));
      c.times.push(result.last);
      c.bytes = result.scripts.reduce((a, b) => a + b, 0);
      c.files = result.scripts.length;
      await context.close();
    }
  }
} finally {
  await browser.close();
  site.close();
}

console.log(`\nin Chromium, page start to the last swv-load, brotli, empty cache (${ROUNDS} rounds; median / max):`);
console.log('network | page      | script  | script files, KB | median / max');
for (const c of cases) {
  const { median, max } = stats(c.times);
  console.log(
    `${c.network.padEnd(7)} | ${(c.body === 'card' ? 'one card' : 'all four').padEnd(9)} | ${c.script.padEnd(7)} | ${String(c.files).padStart(2)} files, ${(c.bytes / 1000).toFixed(1).padStart(4)} KB | ${median.toFixed(0)} / ${max.toFixed(0)} ms`,
  );
}
