/** Shared helpers for the browser tests. */
import { fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SwvErrorEvent } from '../src/events/swv-error.js';
import type { SwvLoadEvent } from '../src/events/swv-load.js';
import type { SwvData } from '../src/format/types.js';
import type { SwvDataElement } from '../src/internal/swv-data-element.js';

export const SAMPLE_URL = '/test/fixtures/sample.json';

/** The province headings a list by province shows on the packaged data, in order: national partnerships last. */
export const PROVINCE_HEADINGS = [
  'Groningen',
  'Friesland',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
  'Landelijk',
];

/** A fresh, deep copy of the made-up sample document. */
export async function sample(): Promise<SwvData> {
  return (await fetch(SAMPLE_URL)).json() as Promise<SwvData>;
}

/** Waits until the element has shown its data or a failure. */
export async function settled(element: SwvDataElement): Promise<void> {
  await element.updateComplete;
  if (element.dataState === 'pending') await Promise.race([oneEvent(element, 'swv-load'), oneEvent(element, 'swv-error')]);
  await element.updateComplete;
}

/**
 * A node's text as a reader gets it: without the soft hyphens (U+00AD) the elements put in long
 * Dutch words, which show only where a line breaks.
 */
export const readable = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\u00AD/g, '');

/** The text a reader sees, with white space folded. */
export function textOf(element: Element): string {
  return readable(element.shadowRoot ?? element)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shadow root query shorthand. */
export function $$<T extends Element = Element>(element: Element, selector: string): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/**
 * Renders one element inside a wrapper that records every `swv-load` and `swv-error` from the
 * start (a cached document can make them fire before `fixture()` returns), then waits until settled.
 */
export async function render<T extends SwvDataElement>(
  template: TemplateResult,
): Promise<{ el: T; events: (SwvLoadEvent | SwvErrorEvent)[]; errors: SwvErrorEvent[] }> {
  const events: (SwvLoadEvent | SwvErrorEvent)[] = [];
  const record = (event: Event): void => void events.push(event as SwvLoadEvent | SwvErrorEvent);
  const wrapper = await fixture<HTMLDivElement>(html`<div @swv-load=${record} @swv-error=${record}>${template}</div>`);
  const el = wrapper.firstElementChild as T;
  await settled(el);
  return { el, events, errors: events.filter((e): e is SwvErrorEvent => e.type === 'swv-error') };
}
