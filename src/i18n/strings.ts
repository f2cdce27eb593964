/**
 * String tables per language. Dutch is always there; other languages load on first use, so a
 * Dutch page never downloads English texts.
 */
import { nl, type Strings } from './nl.js';
import type { Locale } from './locale.js';

const tables: Partial<Record<Locale, Strings>> = { nl };
const pending = new Map<Locale, Promise<Strings>>();

/** The table for a locale when it is loaded, else undefined (call `loadStrings` first). */
export const loadedStrings = (locale: Locale): Strings | undefined => tables[locale];

/** Loads a locale's table once per page. */
export function loadStrings(locale: Locale): Promise<Strings> {
  const table = tables[locale];
  if (table) return Promise.resolve(table);
  let promise = pending.get(locale);
  if (!promise) {
    promise = import('./en.js').then(({ en }) => (tables.en = en));
    pending.set(locale, promise);
  }
  return promise;
}

export type { Strings };
