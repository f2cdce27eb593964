/**
 * `<swv-finder>`'s own texts, kept out of the shared language tables so that pages without a
 * finder do not download them: Dutch comes with the finder's view, another language loads when a
 * finder speaks it.
 */
import { TextTables } from '../../i18n/text-tables.js';
import { texts as nl, type FinderTexts } from './finder-texts-nl.js';

export const finderTexts = new TextTables<FinderTexts>(nl, {
  en: () => import('./finder-texts-en.js').then((module) => module.texts),
  ar: () => import('./finder-texts-ar.js').then((module) => module.texts),
  tr: () => import('./finder-texts-tr.js').then((module) => module.texts),
  pl: () => import('./finder-texts-pl.js').then((module) => module.texts),
  uk: () => import('./finder-texts-uk.js').then((module) => module.texts),
});

export type { FinderTexts };
