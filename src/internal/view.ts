/**
 * What an element's view needs. Each element is split in two: the element itself (attributes,
 * state, events; in the script-tag file) and its view (what shows the loaded data; a module of its
 * own that loads beside the data, see `OnDemand`). Views are plain functions of this context.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Strings } from '../i18n/strings.js';
import { directionOf, pickText, type Locale } from '../i18n/locale.js';
import type { LocalText } from '../format/types.js';
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

/**
 * A data text for the reader's locale as content (see `pickText`); '' when there is none. Marked
 * with `lang` when it is not in the reader's language (WCAG 3.1.2), and with that language's
 * direction, so Dutch keeps its order inside an Arabic card.
 */
export function localText(value: LocalText | undefined, locale: Locale): TemplateResult | string {
  const { text, lang } = pickText(value, locale);
  return lang ? html`<span lang=${lang} dir=${directionOf(lang)}>${text}</span>` : text;
}

/**
 * A data text as paragraphs (split at blank lines), each marked with `lang` and `dir` when the text
 * is not in the reader's language: a Dutch paragraph in an Arabic card reads left to right. The
 * first of `values` that has text is used; none gives no paragraphs.
 */
export function localParagraphs(locale: Locale, ...values: (LocalText | undefined)[]): TemplateResult[] {
  const picked = values.map((value) => pickText(value, locale)).find(({ text }) => text);
  if (!picked) return [];
  const dir = picked.lang && directionOf(picked.lang);
  return picked.text.split(/\n{2,}/).map((text) => html`<p lang=${ifDefined(picked.lang)} dir=${ifDefined(dir)}>${text}</p>`);
}
