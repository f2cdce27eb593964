import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearLoaderCache, configureLoader, load } from '../src/data/loader.js';
import { SwvLoadError } from '../src/data/load-error.js';
import { validateData } from '../src/format/validate.js';
import '../src/define.js';
import type { SwvCard } from '../src/elements/swv-card/swv-card.js';
import { settled } from './helpers.js';

async function failure(promise: Promise<unknown>): Promise<SwvLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(SwvLoadError);
    return error as SwvLoadError;
  }
  throw new Error('expected the load to fail');
}

const counter = async (name: string): Promise<number> => (await fetch(`/__test/counter/${name}`)).json() as Promise<number>;

describe('loader', () => {
  afterEach(() => {
    clearLoaderCache();
    configureLoader({ timeout: 15_000, maxBytes: 10_000_000 });
  });

  it('makes one request for 20 elements with the same src', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${Array.from({ length: 20 }, () => html`<swv-card src="/__test/count/twenty" code="PO9901"></swv-card>`)}</div>`,
    );
    const cards = [...wrapper.querySelectorAll<SwvCard>('swv-card')];
    await Promise.all(cards.map((card) => settled(card)));
    expect(cards.every((card) => card.shadowRoot!.querySelector('article'))).to.equal(true);
    expect(await counter('twenty')).to.equal(1);
  });

  it('shares finished requests too, and resolves relative URLs against the document', async () => {
    await load('/__test/count/later', validateData);
    await load(new URL('/__test/count/later', location.href).href, validateData);
    await load('../__test/count/later', validateData);
    expect(await counter('later')).to.equal(1);
  });

  it('gives kind http with the status for a 404', async () => {
    const error = await failure(load('/__test/status/404', validateData));
    expect(error.kind).to.equal('http');
    expect(error.details.status).to.equal(404);
    expect(error.url).to.equal(new URL('/__test/status/404', location.href).href);
  });

  it('gives kind not-json for an HTML page served with status 200', async () => {
    expect((await failure(load('/__test/html', validateData))).kind).to.equal('not-json');
  });

  it('gives kind not-json for text that is not JSON', async () => {
    expect((await failure(load('/__test/text', validateData))).kind).to.equal('not-json');
  });

  it('gives kind too-large past the size cap', async () => {
    configureLoader({ maxBytes: 1_000_000 });
    expect((await failure(load('/__test/big/2', validateData))).kind).to.equal('too-large');
  });

  it('gives kind timeout when the server is too slow', async () => {
    configureLoader({ timeout: 200 });
    expect((await failure(load('/__test/slow/2000', validateData))).kind).to.equal('timeout');
  });

  it('gives kind invalid with every problem of the validator', async () => {
    const error = await failure(load('/__test/invalid', validateData));
    expect(error.kind).to.equal('invalid');
    expect(error.details.problems!.map((p) => p.path)).to.include.members(['title', 'referenceDate', 'partnerships[0].code']);
  });

  it('gives kind network when the server cannot be reached', async () => {
    expect((await failure(load('http://127.0.0.1:9/data.json', validateData))).kind).to.equal('network');
  });

  it('forgets a failed request, so a later caller tries again', async () => {
    configureLoader({ timeout: 100 });
    await failure(load('/__test/slow/500', validateData));
    configureLoader({ timeout: 15_000 });
    const data = await load('/__test/slow/500', validateData);
    expect(data.partnerships).to.have.length(5);
  });

  it('stops waiting when the caller aborts, without breaking other callers', async () => {
    const controller = new AbortController();
    const first = load('/__test/slow/300', validateData, controller.signal);
    const second = load('/__test/slow/300', validateData);
    controller.abort();
    let aborted: unknown;
    await first.catch((error: unknown) => (aborted = error));
    expect(aborted).to.be.instanceOf(DOMException);
    expect((await second).partnerships).to.have.length(5);
  });
});

describe('the packaged default data', () => {
  it('keeps its lookups where the elements look for them before the index arrives', async () => {
    const { DEFAULT_DATA_URL, DEFAULT_LOOKUPS } = await import('../src/default-data.js');
    const index = await (await fetch(DEFAULT_DATA_URL)).json();
    expect({ postcodes: index.lookups.postcodes, schools: index.lookups.schools, maps: index.lookups.maps }).to.deep.equal(DEFAULT_LOOKUPS);
  });

  it('asks for the postcode part at the same time as the index', async () => {
    const { DEFAULT_DATA_URL } = await import('../src/default-data.js');
    clearLoaderCache();
    performance.clearResourceTimings();
    const card = await fixture<SwvCard>(html`<swv-card postcode="3442" sector="po"></swv-card>`);
    await settled(card);
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const index = entries.find((entry) => entry.name === DEFAULT_DATA_URL)!;
    const part = entries.find((entry) => entry.name.endsWith('/postcodes/34.json'))!;
    expect(part, 'the postcode part was requested').to.exist;
    expect(part.startTime, 'the postcode part did not wait for the index').to.be.below(index.responseEnd);
  });

  it("asks for the postcode in the address at the same time as the index, for the finder's first answer", async () => {
    const { DEFAULT_DATA_URL } = await import('../src/default-data.js');
    clearLoaderCache();
    performance.clearResourceTimings();
    const before = location.hash;
    location.hash = 'swv-test=3441';
    try {
      const finder = await fixture<SwvCard>(html`<swv-finder hash-param="swv-test"></swv-finder>`);
      await settled(finder);
      await waitUntil(() => finder.shadowRoot!.querySelector('.result'), 'no answer', { timeout: 5000 });
    } finally {
      location.hash = before;
    }
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const index = entries.find((entry) => entry.name === DEFAULT_DATA_URL)!;
    const parts = entries.filter((entry) => entry.name.endsWith('/postcodes/34.json'));
    expect(parts, 'the postcode part was requested once').to.have.length(1);
    expect(parts[0]!.startTime, 'the postcode part did not wait for the index').to.be.below(index.responseEnd);
  });
});
