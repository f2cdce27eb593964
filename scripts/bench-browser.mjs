/**
 * The browser half of `npm run bench`: one keystroke in <swv-finder> from the input event to the
 * rendered suggestions (script work; layout and paint come after), in Debian's Chromium with the script-tag build, on the default data with
 * 10 % and with 100 % of its schools (one run, the two sizes interleaved).
 */
import { mkdtempSync, readFileSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, startSite } from '../test/server/site.mjs';
import { stats } from './stats.mjs';

const QUERIES = ['basisschool de regenboog', 'rehoboth alphen', 'woerden', 'het stedelijk college'];
const ROUNDS = 10;

/** A copy of the default data with every n-th school only. */
function dataset(dir, every) {
  cpSync('data', dir, { recursive: true, filter: (src) => !src.includes('/curated') });
  const names = JSON.parse(readFileSync('data/school-names.json', 'utf8'));
  names.entries = Object.fromEntries(Object.entries(names.entries).filter((_, i) => i % every === 0));
  writeFileSync(join(dir, 'school-names.json'), JSON.stringify(names));
  return Object.keys(names.entries).length;
}

const root = mkdtempSync(join(tmpdir(), 'swv-bench-'));
const sizes = [
  { label: '10 %', dir: 'd10', every: 10 },
  { label: '100 %', dir: 'd100', every: 1 },
].map((size) => ({ ...size, schools: dataset(join(root, size.dir), size.every), samples: [] }));

const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/cdn/swv-elements.js"></script></head><body>
${sizes.map((s) => `<swv-finder id="${s.dir}" src="/bench/${s.dir}/index.json"></swv-finder>`).join('\n')}</body></html>`;
const site = await startSite((path) => {
  if (path === '/bench.html') return ['text/html', PAGE];
  if (path.startsWith('/bench/')) {
    try {
      return ['application/json', readFileSync(join(root, path.slice(7)))];
    } catch {
      return undefined;
    }
  }
  return undefined;
});
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${site.origin}/bench.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('swv-finder')].every((f) => f.dataState === 'complete'));
  // Load each size's school names once (the first search that needs them), outside the measurement.
  for (const size of sizes) {
    await page.evaluate(async (id) => {
      const finder = document.getElementById(id);
      const input = finder.shadowRoot.querySelector('input');
      input.focus();
      input.value = 'school';
      input.dispatchEvent(new Event('input'));
      for (let i = 0; i < 400 && !finder.shadowRoot.querySelector('[role=option]')?.textContent.includes('school in'); i++) await new Promise((r) => setTimeout(r, 25));
    }, size.dir);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of sizes) {
      const samples = await page.evaluate(
        async ({ id, queries }) => {
          const finder = document.getElementById(id);
          const input = finder.shadowRoot.querySelector('input');
          input.focus();
          const out = [];
          // The browser's clock has a coarse grain (0.1 ms): time a whole query, report the mean keystroke.
          for (const query of queries) {
            const start = performance.now();
            for (let i = 1; i <= query.length; i++) {
              input.value = query.slice(0, i);
              input.dispatchEvent(new Event('input'));
              await finder.updateComplete;
            }
            out.push((performance.now() - start) / query.length);
          }
          return out;
        },
        { id: size.dir, queries: QUERIES },
      );
      size.samples.push(...samples);
    }
  }
} finally {
  await browser.close();
  site.close();
  rmSync(root, { recursive: true, force: true });
}

const summary = (samples) => {
  const { median, p95, max } = stats(samples);
  return [median, p95, max].map((n) => `${n.toFixed(2)} ms`).join(' / ');
};
console.log(`\nin Chromium, input event to rendered suggestions, mean per keystroke of each typed query (${QUERIES.length} queries × ${ROUNDS} rounds):`);
console.log('schools | median / p95 / max');
for (const size of sizes) console.log(`${size.label.padStart(5)} ${String(size.schools).padStart(5)} | ${summary(size.samples)}`);
