/**
 * `<swv-map>`'s own texts, kept out of the shared language tables so that pages without a map do
 * not download them: Dutch comes with the map's view, another language loads when a map speaks it.
 */
import { TextTables } from '../../i18n/text-tables.js';
import { texts as nl, type MapTexts } from './map-texts-nl.js';

export const mapTexts = new TextTables<MapTexts>(nl, {
  en: () => import('./map-texts-en.js').then((module) => module.texts),
  ar: () => import('./map-texts-ar.js').then((module) => module.texts),
  tr: () => import('./map-texts-tr.js').then((module) => module.texts),
  pl: () => import('./map-texts-pl.js').then((module) => module.texts),
  uk: () => import('./map-texts-uk.js').then((module) => module.texts),
});

export type { MapTexts };
