/**
 * What an element's view needs. Each element is split in two: the element itself (attributes,
 * state, events; in the script-tag file) and its view (what shows the loaded data; a module of its
 * own that loads beside the data, see `OnDemand`). Views are plain functions of this context.
 */
import type { TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import type { Locale } from '../i18n/locale.js';
import { SwvLoadError } from '../data/load-error.js';

export interface ViewContext {
  /** The texts in the element's language. */
  readonly strings: Strings;
  readonly locale: Locale;
  /** The level of the element's main heading; sub-headings use `level + 1`. */
  readonly level: number;
}

/** What an element shows for its data: content, or a sentence saying what was not found. */
export type View = TemplateResult | { notFound: string };

/** The sentence a reader sees for a failure (anything that is not a `SwvLoadError` counts as a network failure). */
export function errorText(t: Strings, error: unknown): string {
  const kind = error instanceof SwvLoadError ? error.kind : 'network';
  const message = t.errors[kind];
  return typeof message === 'function' ? message(error instanceof SwvLoadError ? error.details.status : undefined) : message;
}
