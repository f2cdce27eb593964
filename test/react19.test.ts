/**
 * React 19 uses the tags directly. Its event props for custom elements are `on` + the event's
 * name as it is: `onswv-load` listens to `swv-load`. These run in React 19 (not only type-checked).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SwvLoadEvent } from '../src/events/swv-load.js';
import type { SwvSelectEvent } from '../src/events/swv-select.js';
import { SAMPLE_URL } from './helpers.js';
import type * as Harness from './react19/harness.js';

let React: typeof Harness.React;
let createRoot: typeof Harness.createRoot;
let flushSync: typeof Harness.flushSync;

describe('React 19 with the tags (JSX event props)', () => {
  before(async () => {
    // Bundled from test/react19/harness.ts by web-test-runner.config.mjs (React 19 from test/react19/).
    ({ React, createRoot, flushSync } = (await import('./react19/.harness.js' as string)) as typeof Harness);
  });

  it('is React 19', () => {
    expect(React.version).to.match(/^19\./);
  });

  it('onswv-load fires on swv-card, with the event; the camel-case onSwvLoad does not', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = createRoot(container);
    const loads: SwvLoadEvent[] = [];
    const camel: unknown[] = [];
    flushSync(() =>
      root.render(
        React.createElement('swv-card', {
          code: 'PO9901',
          src: SAMPLE_URL,
          'onswv-load': (e: SwvLoadEvent) => loads.push(e),
          onSwvLoad: (e: unknown) => camel.push(e),
        }),
      ),
    );
    await waitUntil(() => loads.length > 0, 'onswv-load did not fire');
    expect(loads[0]!.data.partnerships.length).to.be.above(0);
    expect(camel).to.have.length(0);
    root.unmount();
  });

  it('onswv-select fires when the finder answers', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = createRoot(container);
    const selected: SwvSelectEvent[] = [];
    flushSync(() => root.render(React.createElement('swv-finder', { src: SAMPLE_URL, 'onswv-select': (e: SwvSelectEvent) => selected.push(e) })));
    const finder = container.querySelector('swv-finder')!;
    await waitUntil(() => finder.shadowRoot?.querySelector('input'), 'no field');
    finder.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: '9901' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => selected.length > 0, 'onswv-select did not fire', { timeout: 5000 });
    expect(selected[0]!.partnerships.length).to.be.above(0);
    root.unmount();
  });
});
