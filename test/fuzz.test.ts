/**
 * Property-based fuzzing (fast-check) of the validator and of every element with generated
 * documents, valid and broken. A few hundred runs in `npm test`; `npm run fuzz` runs 10,000+
 * (the count comes from `SWV_FUZZ_RUNS` through the test page) and prints what it tried.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import { validateData } from '../src/format/validate.js';
import { checkData } from '../src/format/validate-async.js';
import type { SwvDataElement } from '../src/internal/swv-data-element.js';
import { SAMPLE_URL, settled, textOf } from './helpers.js';

declare global {
  interface Window {
    SWV_FUZZ_RUNS?: number;
  }
}
const LONG = (window.SWV_FUZZ_RUNS ?? 0) > 0;
const VALIDATOR_RUNS = window.SWV_FUZZ_RUNS ?? 300;
const ELEMENT_RUNS = LONG ? Math.ceil(VALIDATOR_RUNS / 10) : 40;

type Json = unknown;
let sampleJson: Json;
const sample = (): Json => structuredClone(sampleJson);

/** Every path to a value in a JSON document. */
function paths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => paths(item, [...path, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...path, key]))];
  return here;
}

/** Hard values: wrong types, huge strings, deep nesting, unicode edge cases, empty and repeated arrays. */
const nasty: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '\ud800', 'a\u0301', '🏫'.repeat(50), 'x'.repeat(30_000), '__proto__', 'constructor', '0', 'NaN'),
  fc.constantFrom(null, true, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, [], {}, [[[[[[[[[[[]]]]]]]]]]]),
  fc.integer({ min: 20, max: 200 }).map((depth) => {
    let deep: Json = 'bodem';
    for (let i = 0; i < depth; i++) deep = { a: [deep] };
    return deep;
  }),
  fc.array(fc.constant({ code: 'PO9901', sector: 'po', scope: 'regional' }), { minLength: 2, maxLength: 5 }),
);

/** A mutation of the (valid) sample: some values replaced, some removed, some arrays emptied or doubled. */
const mutation = (): fc.Arbitrary<{ path: (string | number)[]; how: string; value: Json }[]> =>
  fc.array(
    fc.record({
      path: fc.constantFrom(...paths(sample()).filter((p) => p.length > 0)),
      how: fc.constantFrom('replace', 'remove', 'empty', 'double'),
      value: nasty,
    }),
    { minLength: 0, maxLength: 4 },
  );

function mutate(steps: { path: (string | number)[]; how: string; value: Json }[]): Json {
  const doc = sample() as Record<string | number, Json>;
  for (const { path, how, value } of steps) {
    let parent = doc as Record<string | number, Json> | undefined;
    for (const key of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent[key] as Record<string | number, Json>) : undefined;
    if (!parent || typeof parent !== 'object') continue;
    const key = path[path.length - 1]!;
    if (how === 'remove') delete parent[key];
    else if (how === 'empty') parent[key] = Array.isArray(parent[key]) ? [] : '';
    else if (how === 'double' && Array.isArray(parent[key])) parent[key] = [...(parent[key] as Json[]), ...(parent[key] as Json[])];
    else parent[key] = value;
  }
  return doc;
}

let documents: fc.Arbitrary<Json>;

describe(`fuzzing (${VALIDATOR_RUNS} validator runs, ${ELEMENT_RUNS} element runs)`, () => {
  const failures: unknown[] = [];
  const onError = (event: ErrorEvent): void => void failures.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent): void => void failures.push(event.reason);
  before(async () => {
    sampleJson = await (await fetch(SAMPLE_URL)).json();
    documents = fc.oneof({ arbitrary: mutation().map(mutate), weight: 4 }, { arbitrary: nasty, weight: 1 });
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('the validator never throws, and every problem has a path and two messages', async () => {
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(documents, async (doc) => {
        const sync = validateData(doc);
        const lazy = await checkData(doc);
        if (sync.ok) valid++;
        else for (const p of sync.problems) expect(p.message.nl && p.message.en, `message for ${p.path}`).to.be.ok;
        // The elements' validator only accepts more when it drops unsafe links.
        if (sync.ok) expect(lazy.ok).to.equal(true);
      }),
      { numRuns: VALIDATOR_RUNS, seed: LONG ? undefined : 20261128 },
    );
    if (LONG) console.log(`validator: ${VALIDATOR_RUNS} documents, ${valid} valid, ${VALIDATOR_RUNS - valid} with problems`);
    expect(failures).to.deep.equal([]);
  });

  it('every element either renders or shows a clear error, with nothing thrown into the page', async () => {
    const outcomes = { complete: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(documents, fc.constantFrom('swv-card', 'swv-overview', 'opr-info', 'swv-finder'), async (doc, tag) => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement(tag) as SwvDataElement;
        el.setAttribute('code', 'PO9901');
        el.data = doc as SwvDataElement['data'];
        wrapper.append(el);
        await settled(el);
        expect(['complete', 'error']).to.include(el.dataState);
        outcomes[el.dataState as 'complete' | 'error']++;
        // Either content or a sentence: never an empty element.
        expect(textOf(el).length).to.be.greaterThan(10);
        wrapper.remove();
      }),
      { numRuns: ELEMENT_RUNS, seed: LONG ? undefined : 20261128 },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (LONG) console.log(`elements: ${ELEMENT_RUNS} renders, ${outcomes.complete} shown, ${outcomes.error} with an error message`);
    expect(failures).to.deep.equal([]);
  });
});
