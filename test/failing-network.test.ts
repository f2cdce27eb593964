/**
 * Failing networks, served by the test server itself (test/server/routes.mjs): each failure gives
 * the right kind, a visible sentence in the reader's language, one `swv-error`, and leaves the
 * other elements on the page working.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { clearLoaderCache, configureLoader } from '../src/data/loader.js';
import type { SwvCard } from '../src/elements/swv-card/swv-card.js';
import type { SwvErrorEvent } from '../src/events/swv-error.js';
import type { SwvLoadEvent } from '../src/events/swv-load.js';
import { $$, SAMPLE_URL, settled, readable } from './helpers.js';

/** The same server under another origin (localhost ↔ 127.0.0.1): a cross-origin request. */
const otherOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

const CASES: { name: string; src: string; kind: string; nl: string; en: string; status?: number; setup?: () => void }[] = [
  { name: '404', src: '/__test/status/404', kind: 'http', status: 404, nl: 'De gegevens zijn nu niet beschikbaar (foutcode 404).', en: '(error code 404)' },
  { name: '500', src: '/__test/status/500', kind: 'http', status: 500, nl: 'De gegevens zijn nu niet beschikbaar (foutcode 500).', en: '(error code 500)' },
  {
    name: 'a slow response past the timeout',
    src: '/__test/slow/3000',
    kind: 'timeout',
    nl: 'Het ophalen van de gegevens duurde te lang.',
    en: 'Fetching the information took too long.',
    setup: () => configureLoader({ timeout: 400 }),
  },
  {
    name: 'truncated JSON',
    src: '/__test/truncated',
    kind: 'not-json',
    nl: 'Het bestand met gegevens kan niet worden gelezen.',
    en: 'The data file cannot be read.',
  },
  { name: 'an HTML error page with status 200', src: '/__test/html', kind: 'not-json', nl: 'kan niet worden gelezen', en: 'cannot be read' },
  { name: 'a wrong content type (a script)', src: '/__test/script', kind: 'not-json', nl: 'kan niet worden gelezen', en: 'cannot be read' },
  { name: 'a 20 MB body', src: '/__test/big/20', kind: 'too-large', nl: 'Het bestand met gegevens is te groot.', en: 'The data file is too large' },
  { name: 'a redirect loop', src: '/__test/loop/0', kind: 'network', nl: 'De gegevens konden niet worden opgehaald.', en: 'could not be fetched' },
  {
    name: 'a cross-origin response without CORS headers',
    src: `${otherOrigin}/__test/cors/no`,
    kind: 'network',
    nl: 'konden niet worden opgehaald',
    en: 'could not be fetched',
  },
  { name: 'going offline mid-load', src: '/__test/drop', kind: 'network', nl: 'konden niet worden opgehaald', en: 'could not be fetched' },
];

interface Page {
  failing: SwvCard;
  working: SwvCard;
  errors: SwvErrorEvent[];
  loads: SwvLoadEvent[];
}

/** A page with a failing card next to a working one. */
async function page(src: string, lang: string): Promise<Page> {
  const errors: SwvErrorEvent[] = [];
  const loads: SwvLoadEvent[] = [];
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} @swv-error=${(e: SwvErrorEvent) => errors.push(e)} @swv-load=${(e: SwvLoadEvent) => loads.push(e)}>
      <swv-card id="failing" src=${src} code="PO9901"><a href="https://example.org/">Meer informatie</a></swv-card>
      <swv-card id="working" src=${SAMPLE_URL} code="PO9901"></swv-card>
    </div>`,
  );
  const [failing, working] = [wrapper.querySelector<SwvCard>('#failing')!, wrapper.querySelector<SwvCard>('#working')!];
  await Promise.all([settled(failing), settled(working)]);
  // Late events (a second report would come now).
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { failing, working, errors, loads };
}

describe('failing networks', () => {
  afterEach(() => {
    clearLoaderCache();
    configureLoader({ timeout: 15_000, maxBytes: 10_000_000 });
  });

  for (const c of CASES) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${c.name} (${lang}): kind ${c.kind}, a visible sentence, one swv-error, the other element works`, async () => {
        c.setup?.();
        const { failing, working, errors, loads } = await page(c.src, lang);
        expect(failing.dataState).to.equal('error');
        expect(errors.map((e) => [e.kind, (e.target as Element).id])).to.deep.equal([[c.kind, 'failing']]);
        if (c.status) expect(errors[0]!.status).to.equal(c.status);
        const sentence = $$(failing, '[part=status]')[0]!;
        expect(readable(sentence)).to.contain(lang === 'nl' ? c.nl : c.en);
        expect(sentence.checkVisibility()).to.equal(true);
        expect(errors[0]!.message).to.equal(readable(sentence).trim());
        // The host's fallback link is shown again.
        expect(failing.querySelector('a')!.checkVisibility()).to.equal(true);
        expect(working.dataState).to.equal('complete');
        expect(loads.map((e) => (e.target as Element).id)).to.deep.equal(['working']);
        expect(readable($$(working, 'article h2')[0]!)).to.equal('Voorbeeldverband Noord');
      });
    }
  }

  describe('an allow-list of data origins', () => {
    afterEach(() => {
      configureLoader({ allowedOrigins: [] });
      document.head.querySelector('meta[name="swv-data-origins"]')?.remove();
    });

    it('refuses data from an origin the host did not allow, without a request', async () => {
      configureLoader({ allowedOrigins: ['https://data.example.nl'] });
      const { failing, errors } = await page(`${otherOrigin}/__test/count/refused`, 'nl');
      expect(errors.map((e) => e.kind)).to.deep.equal(['not-allowed']);
      expect(readable($$(failing, '[part=status]')[0]!)).to.contain('Deze website laadt geen gegevens van die plek.');
      expect(await (await fetch('/__test/counter/refused')).json()).to.equal(0);
    });

    it('allows the listed origins and the page itself; a meta tag sets the list without script', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'swv-data-origins', content: `${otherOrigin} https://data.example.nl` });
      document.head.append(meta);
      const { failing, working, errors } = await page(`${otherOrigin}/__test/cors/yes`, 'nl');
      expect(errors).to.deep.equal([]);
      expect([failing.dataState, working.dataState]).to.deep.equal(['complete', 'complete']);
    });
  });

  it('loads from another origin that sends CORS headers (the control for the case above)', async () => {
    const { failing, errors } = await page(`${otherOrigin}/__test/cors/yes`, 'nl');
    expect(errors).to.deep.equal([]);
    expect(failing.dataState).to.equal('complete');
  });

  it('renders only the last of 50 quick src changes', async () => {
    const errors: SwvErrorEvent[] = [];
    const loads: SwvLoadEvent[] = [];
    const card = await fixture<SwvCard>(
      html`<swv-card code="PO9901" @swv-error=${(e: SwvErrorEvent) => errors.push(e)} @swv-load=${(e: SwvLoadEvent) => loads.push(e)}></swv-card>`,
    );
    for (let i = 0; i < 50; i++) {
      card.src = `/__test/slow/${50 + ((i * 37) % 200)}?n=${i}`;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await settled(card);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(errors).to.deep.equal([]);
    expect(loads.map((e) => new URL(e.url!, location.href).search)).to.deep.equal(['?n=49']);
    expect(card.dataState).to.equal('complete');
  });
});
