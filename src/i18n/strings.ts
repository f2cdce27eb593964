/**
 * String tables per language. Dutch is always there; every other language is a chunk of its own
 * that loads on first use, so a page only downloads the languages its elements speak.
 */
import { nl, type Strings } from './nl.js';
import type { Locale } from './locale.js';
import { withSoftHyphens } from './soft-hyphens.js';

/**
 * A table as the script-tag build ships it: its values without keys, in the order of Dutch's keys
 * (see `compactStringTables` in rollup.config.mjs). A table with its keys comes back as it is.
 */
function withKeys<T>(shape: T, table: unknown): T {
  if (!Array.isArray(table) || Array.isArray(shape) || typeof shape !== 'object' || shape === null) return table as T;
  const keys = Object.keys(shape) as (keyof T)[];
  return Object.fromEntries(keys.map((key, i) => [key, withKeys(shape[key], table[i])])) as T;
}

/** Where each language other than Dutch is (one dynamic import each: one chunk each). */
const IMPORTERS: Record<Exclude<Locale, 'nl'>, () => Promise<unknown>> = {
  en: () => import('./en.js').then((module) => module.en),
  ar: () => import('./ar.js').then((module) => module.ar),
  tr: () => import('./tr.js').then((module) => module.tr),
  pl: () => import('./pl.js').then((module) => module.pl),
  uk: () => import('./uk.js').then((module) => module.uk),
};

/** The loaded tables, with soft hyphens in their long Dutch words (see `soft-hyphens.ts`). */
const tables: Partial<Record<Locale, Strings>> = { nl: withSoftHyphens(nl) };
const pending = new Map<Locale, Promise<Strings>>();

/** The table for a locale when it is loaded, else undefined (call `loadStrings` first). Dutch is always there. */
export function loadedStrings(locale: 'nl'): Strings;
export function loadedStrings(locale: Locale): Strings | undefined;
export function loadedStrings(locale: Locale): Strings | undefined {
  return tables[locale];
}

/** Loads a locale's table once per page (a failed load may be tried again). */
export function loadStrings(locale: Locale): Promise<Strings> {
  const table = tables[locale];
  if (table) return Promise.resolve(table);
  let promise = pending.get(locale);
  if (!promise) {
    promise = IMPORTERS[locale as Exclude<Locale, 'nl'>]().then(
      (loaded) => (tables[locale] = withSoftHyphens(withKeys(nl, loaded))),
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, promise);
  }
  return promise;
}

export type { Strings };
