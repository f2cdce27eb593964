/** Which language an element speaks, which way it writes, and picking data text for it. */
import type { LocalText } from '../format/types.js';

/** The languages the elements speak: Dutch first, then the languages parents in the Netherlands read most. */
export const LOCALES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in Dutch and English: the validator's messages, which are for the people who keep a site or a data file. */
export interface Localized {
  nl: string;
  en: string;
}

/** Languages written from right to left. */
const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar']);

/** `rtl` for Arabic, `ltr` for the others. */
export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr');

/** The locale for a language tag: its primary language (`ar-MA` → `ar`), or undefined when we do not speak it (`pt-BR`). */
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

/** A data text picked for a reader: the text, and its language when that is not the reader's. */
export interface PickedText {
  text: string;
  /** Set when the text is in another language than the one asked for (mark it with `lang`). */
  lang?: Locale;
}

/**
 * The text of a data text for a locale: the locale's own, else Dutch, else English. A plain string
 * is Dutch (the format's rule). Empty when there is none.
 */
export function pickText(value: LocalText | undefined, locale: Locale): PickedText {
  if (value === undefined) return { text: '' };
  const [lang, text] =
    typeof value === 'string'
      ? (['nl', value] as const)
      : value[locale] !== undefined
        ? ([locale, value[locale]] as const)
        : value.nl !== undefined
          ? (['nl', value.nl] as const)
          : (['en', value.en ?? ''] as const);
  return lang === locale || !text ? { text } : { text, lang };
}
