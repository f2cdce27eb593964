/**
 * `<opr-info>`'s own texts (the explanation of the OPR, and the page about one partnership's OPR),
 * kept out of the shared language tables so that pages without it do not download them (a card
 * shows a partnership's OPR in a few lines, with the shared texts).
 */
import { TextTables } from '../../i18n/text-tables.js';
import { texts as nl, type OprTexts } from './opr-texts-nl.js';

export const oprTexts = new TextTables<OprTexts>(nl, {
  en: () => import('./opr-texts-en.js').then((module) => module.texts),
  ar: () => import('./opr-texts-ar.js').then((module) => module.texts),
  tr: () => import('./opr-texts-tr.js').then((module) => module.texts),
  pl: () => import('./opr-texts-pl.js').then((module) => module.texts),
  uk: () => import('./opr-texts-uk.js').then((module) => module.texts),
});

export type { OprTexts };
