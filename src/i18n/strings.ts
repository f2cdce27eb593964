/**
 * The texts every element shares (loading, errors, the card's words, …), one table per language.
 * Dutch is always there; every other language is a chunk of its own that loads on first use.
 * Texts only one element shows are that element's own (`finder-texts.ts`, `opr-texts.ts`, `map-texts.ts`).
 */
import { nl, type Strings } from './nl.js';
import { TextTables } from './text-tables.js';

/**
 * A table as the script-tag build ships it: its values without keys, in the order of Dutch's keys
 * (see `compactStringTables` in rollup.config.mjs). A table with its keys comes back as it is.
 */
function withKeys<T>(shape: T, table: unknown): T {
  if (!Array.isArray(table) || Array.isArray(shape) || typeof shape !== 'object' || shape === null) return table as T;
  const keys = Object.keys(shape) as (keyof T)[];
  return Object.fromEntries(keys.map((key, i) => [key, withKeys(shape[key], table[i])])) as T;
}

/** The shared texts per language. */
export const sharedTexts = new TextTables<Strings>(nl, {
  en: () => import('./en.js').then((module) => withKeys(nl, module.en)),
  ar: () => import('./ar.js').then((module) => withKeys(nl, module.ar)),
  tr: () => import('./tr.js').then((module) => withKeys(nl, module.tr)),
  pl: () => import('./pl.js').then((module) => withKeys(nl, module.pl)),
  uk: () => import('./uk.js').then((module) => withKeys(nl, module.uk)),
});

export type { Strings };
