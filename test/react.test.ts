import { expect, waitUntil } from '@open-wc/testing';
// Bundled from test/react/harness.ts by web-test-runner.config.mjs (React is CommonJS).
import * as harness from './react/.harness.js';
import type { SwvLoadEvent } from '../src/events/swv-load.js';
import type { SwvSelectEvent } from '../src/events/swv-select.js';
import type { SwvDataElement } from '../src/internal/swv-data-element.js';
import { $$, SAMPLE_URL, readable } from './helpers.js';

const { React, createRoot, flushSync, SwvCard, SwvFinder } = harness;

describe('React wrappers (swv-elements/react, React 18)', () => {
  let host: HTMLDivElement;
  let root: ReturnType<typeof createRoot>;
  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('renders <SwvCard> with properties and calls onSwvLoad with the typed event', async () => {
    const loads: SwvLoadEvent[] = [];
    flushSync(() =>
      root.render(React.createElement(SwvCard, { code: 'PO9901', src: SAMPLE_URL, headingLevel: 3, onSwvLoad: (e: SwvLoadEvent) => loads.push(e) })),
    );
    const card = host.querySelector<SwvDataElement>('swv-card')!;
    expect(card).to.exist;
    await waitUntil(() => loads.length === 1, 'onSwvLoad was not called');
    expect(loads[0]!.url).to.equal(SAMPLE_URL);
    await card.updateComplete;
    expect(readable(card.shadowRoot!.querySelector('h3')!).trim()).to.equal('Voorbeeldverband Noord');
  });

  it('updates the element when props change', async () => {
    const render = (code: string) => flushSync(() => root.render(React.createElement(SwvCard, { code, src: SAMPLE_URL })));
    render('PO9901');
    const card = host.querySelector<SwvDataElement>('swv-card')!;
    await waitUntil(() => readable(card.shadowRoot!.querySelector('h2')).trim() === 'Voorbeeldverband Noord');
    render('PO9903');
    await waitUntil(() => readable(card.shadowRoot!.querySelector('h2')).trim() === 'Zuiderverband', 'the new code was not shown');
  });

  it('calls onSwvSelect of <SwvFinder> with the chosen partnerships', async () => {
    const selected: SwvSelectEvent[] = [];
    flushSync(() => root.render(React.createElement(SwvFinder, { src: SAMPLE_URL, onSwvSelect: (e: SwvSelectEvent) => selected.push(e) })));
    const finder = host.querySelector<SwvDataElement>('swv-finder')!;
    await waitUntil(() => finder.dataState === 'complete');
    await finder.updateComplete;
    const input = $$<HTMLInputElement>(finder, 'input')[0]!;
    input.value = '9901';
    input.dispatchEvent(new Event('input'));
    $$<HTMLFormElement>(finder, 'form')[0]!.requestSubmit();
    await waitUntil(() => selected.length === 1, 'onSwvSelect was not called');
    expect(selected[0]!.partnerships.map((p) => p.code)).to.deep.equal(['PO9901', 'VO9901']);
  });
});
