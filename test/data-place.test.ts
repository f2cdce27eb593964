/**
 * Where the data of elements without `src` is: the page can say it once (for a bundler that moved
 * the packaged data, or a copy on the site's own server), parts resolve against where the index
 * really came from, and a lone index.json gets a message that says what to do.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { clearLoaderCache, configureLoader } from '../src/data/loader.js';
import { DEFAULT_DATA_URL } from '../src/default-data.js';
import type { SwvDataElement } from '../src/internal/swv-data-element.js';
import type { SwvErrorEvent } from '../src/events/swv-error.js';
import { $$, readable, settled } from './helpers.js';

/** The packaged data reached through a redirect, as from a CDN's "latest" URL: its parts are not beside the first URL. */
const REDIRECTED = `/__test/slowly/0?${encodeURIComponent(DEFAULT_DATA_URL)}`;

describe('the place of the data, for elements without src', () => {
  afterEach(() => {
    configureLoader({ data: '' });
    document.head.querySelector('meta[name="swv-data"]')?.remove();
    clearLoaderCache();
  });

  it('configureLoader({ data }) moves every element without src, and parts follow the redirect', async () => {
    configureLoader({ data: REDIRECTED });
    const card = await fixture<SwvDataElement>(html`<swv-card postcode="3442" sector="po"></swv-card>`);
    const load = await oneEvent(card, 'swv-load');
    expect((load as unknown as { url: string }).url).to.contain('/__test/slowly/0');
    await settled(card);
    expect(readable($$(card, 'h2')[0]!)).to.equal('Passenderwijs');
  });

  it('<meta name="swv-data"> does the same for a page without scripts of its own', async () => {
    document.head.append(Object.assign(document.createElement('meta'), { name: 'swv-data', content: REDIRECTED }));
    const finder = await fixture<SwvDataElement>(html`<swv-finder></swv-finder>`);
    await oneEvent(finder, 'swv-load');
    expect(finder.dataState).to.equal('complete');
  });

  it('says in the console what to do when index.json loaded but its parts are missing', async () => {
    configureLoader({ data: '/__test/alone/index.json' });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const card = await fixture<SwvDataElement>(html`<swv-card postcode="3442" sector="po"></swv-card>`);
      const error = (await oneEvent(card, 'swv-error')) as SwvErrorEvent;
      expect(error.kind).to.equal('http');
      await waitUntil(() => warnings.length > 0, 'no warning');
    } finally {
      console.warn = warn;
    }
    expect(String(warnings[0]![0])).to.contain('/__test/alone/postcodes/34.json').and.to.contain('docs/bundlers.md');
  });
});
