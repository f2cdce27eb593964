/** Which language an element speaks, and picking text for it. */
import type { LocalText } from '../format/types.js';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every language the library speaks. */
export type Localized = Record<Locale, string>;

function toLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === primary);
}

/**
 * The element's own `lang`, else the closest `[lang]` ancestor (also outside a shadow root it
 * sits in), else `<html lang>`. The first `lang` found decides: an unknown language gives Dutch.
 */
export function resolveLocale(element: Element): Locale {
  // On a server (swv-data render) there is no document: only the element's own lang counts.
  if (typeof element.closest !== 'function') return toLocale(element.getAttribute('lang')) ?? 'nl';
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return toLocale(found.getAttribute('lang')) ?? 'nl';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'nl';
}

/** Plain text for a locale from a data text; falls back to the other language, then to ''. */
export function pickText(value: LocalText | undefined, locale: Locale): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[locale] ?? value.nl ?? value.en ?? '';
}
