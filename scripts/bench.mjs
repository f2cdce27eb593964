/**
 * `npm run bench`: how long one keystroke in <swv-finder> takes to compute its suggestions, with
 * 10 % and with 100 % of the default dataset's schools, measured in one run. A naive linear scan
 * over every school name is measured alongside as the baseline: it grows with the number of
 * schools, the index should not.
 *
 * The index looks at a bounded number of entries per keystroke (see `src/data/search-index.ts`),
 * so its time rises until that bound is reached and stays flat after it; a third row with every
 * school twice (200 %, copies get made-up codes) shows the flat part.
 *
 * Then `bench-browser.mjs` measures whole keystrokes (search and rendering) in Chromium,
 * `bench-load.mjs` the time to content against a hand-written page that fetches the same files, and
 * `bench-lighthouse.mjs` runs Lighthouse (scores, layout shift, largest contentful paint).
 *
 * Runs on the built package (`npm run build` first). Prints a table; exits 1 when a keystroke
 * looks at more entries than the bound, or the indexed median at 100 % is above 1 ms.
 */
import { readFileSync, existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { stats } from './stats.mjs';

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('elements/swv-finder/suggest.js', dist))) {
  console.error('bench: run `npm run build` first (dist/ is missing).');
  process.exit(1);
}
const { suggest } = await import(new URL('elements/swv-finder/suggest.js', dist).href);
const { buildSchoolIndex, placeIndex } = await import(new URL('data/search-index.js', dist).href);
const { foldText } = await import(new URL('data/select.js', dist).href);

const dataDir = new URL('../data/', import.meta.url);
const data = JSON.parse(readFileSync(new URL('index.json', dataDir), 'utf8'));
const names = JSON.parse(readFileSync(new URL('school-names.json', dataDir), 'utf8'));
const all = Object.entries(names.entries).map(([code, e]) => ({ code, name: e.name, city: e.city, partnerships: e.partnerships, derived: !!e.derived }));

/** What readers type, one keystroke at a time. */
const QUERIES = [
  'basisschool de regenboog',
  'rehoboth alphen',
  '3442 XH',
  'woerden',
  'het stedelijk college',
  '02GA00',
  'sint jozefschool',
  'christelijke school',
];
const ROUNDS = 30;

function keystrokes(query) {
  return Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
}

/** The baseline: fold and scan every school's name and place on every keystroke. */
function naive(schools, text) {
  const words = foldText(text).split(' ').filter(Boolean);
  const out = [];
  for (const s of schools) {
    const folded = foldText(`${s.name} ${s.city ?? ''}`);
    if (words.every((w) => folded.includes(w))) out.push(s);
    if (out.length >= 8) break;
  }
  return out;
}


const sizes = [
  { label: '10 %', schools: all.filter((_, i) => i % 10 === 0) },
  { label: '100 %', schools: all },
  { label: '200 %', schools: [...all, ...all.map((s) => ({ ...s, code: `X${s.code}` }))] },
];
placeIndex(data); // municipalities and partnerships: built once, the same at both sizes

for (const size of sizes) {
  const t0 = performance.now();
  size.index = buildSchoolIndex(size.schools);
  size.buildMs = performance.now() - t0;
  size.indexed = [];
  size.visited = [];
  size.naive = [];
}

// Warm up both paths, then interleave the sizes round by round so drift hits both alike.
for (const size of sizes) {
  for (const q of QUERIES) {
    for (const k of keystrokes(q)) {
      suggest(data, size.index, k);
      naive(size.schools, k);
    }
  }
}
for (let round = 0; round < ROUNDS; round++) {
  for (const size of sizes) {
    for (const q of QUERIES) {
      for (const k of keystrokes(q)) {
        let t = performance.now();
        suggest(data, size.index, k);
        size.indexed.push(performance.now() - t);
        size.visited.push(size.index.byName.lastVisited);
        t = performance.now();
        naive(size.schools, k);
        size.naive.push(performance.now() - t);
      }
    }
  }
}

const ms = (n) => `${n.toFixed(3)} ms`;
const keys = QUERIES.reduce((n, q) => n + q.length, 0);
console.log(`swv-finder keystroke benchmark: ${QUERIES.length} queries, ${keys} keystrokes, ${ROUNDS} rounds, Node ${process.version}\n`);
console.log('schools | index build | indexed: median / p95 / max      | entries looked at: mean / max | naive scan (baseline): median / p95 / max');
for (const size of sizes) {
  const a = stats(size.indexed);
  const b = stats(size.naive);
  const mean = size.visited.reduce((sum, n) => sum + n, 0) / size.visited.length;
  console.log(
    `${size.label.padStart(5)} ${String(size.schools.length).padStart(5)} | ${ms(size.buildMs).padStart(11)} | ${[a.median, a.p95, a.max].map(ms).join(' / ')} | ${mean.toFixed(0).padStart(17)} / ${String(Math.max(...size.visited)).padStart(4)} | ${[b.median, b.p95, b.max].map(ms).join(' / ')}`,
  );
}
const [small, full, double] = sizes.map((s) => stats(s.indexed).median);
const [smallNaive, fullNaive, doubleNaive] = sizes.map((s) => stats(s.naive).median);
console.log(`\nmedian per keystroke, 100 % / 10 %: indexed ${(full / small).toFixed(2)}x, naive ${(fullNaive / smallNaive).toFixed(2)}x`);
console.log(`median per keystroke, 200 % / 100 %: indexed ${(double / full).toFixed(2)}x, naive ${(doubleNaive / fullNaive).toFixed(2)}x`);
const { MAX_VISITED } = await import(new URL('data/search-index.js', dist).href);
const most = Math.max(...sizes.flatMap((s) => s.visited));
console.log(`most entries one keystroke looked at: ${most} (bound: ${MAX_VISITED}, whatever the number of schools)`);
if (most > MAX_VISITED || full > 1) {
  console.error('bench: a keystroke looked at more entries than the bound, or took more than 1 ms (median).');
  process.exit(1);
}

// The same keystrokes in the browser, rendering included.
await import('./bench-browser.mjs');

// How long readers wait for content, against a hand-written page that fetches the same files.
await import('./bench-load.mjs');

// Lighthouse on a host page with three elements stacked, the same page rendered by the server, and the demo.
await import('./bench-lighthouse.mjs');

// The page-load numbers go into the README (between its bench markers).
const { writeReport } = await import('./bench/report.mjs');
writeReport();
