/**
 * `<swv-map>`'s own texts, kept out of the shared language tables so that pages without a map do
 * not download them: Dutch comes with the map's view, another language loads when a map speaks it.
 */
import { withSoftHyphens } from '../../i18n/soft-hyphens.js';
import type { Locale } from '../../i18n/locale.js';
import { texts as nl, type MapTexts } from './map-texts-nl.js';

const IMPORTERS: Record<Exclude<Locale, 'nl'>, () => Promise<{ texts: MapTexts }>> = {
  en: () => import('./map-texts-en.js'),
  ar: () => import('./map-texts-ar.js'),
  tr: () => import('./map-texts-tr.js'),
  pl: () => import('./map-texts-pl.js'),
  uk: () => import('./map-texts-uk.js'),
};

const loaded = new Map<Locale, MapTexts>([['nl', withSoftHyphens(nl)]]);

/** The map's texts in `locale`, once loaded (Dutch until then). */
export const mapTexts = (locale: Locale): MapTexts => loaded.get(locale) ?? loaded.get('nl')!;

/** Whether the texts of `locale` are there. */
export const hasMapTexts = (locale: Locale): boolean => loaded.has(locale);

/** Loads the map's texts in `locale` (nothing to load for Dutch). */
export async function loadMapTexts(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  const { texts } = await IMPORTERS[locale as Exclude<Locale, 'nl'>]();
  loaded.set(locale, withSoftHyphens(texts));
}

export type { MapTexts };
