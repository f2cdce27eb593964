/**
 * Where elements without `src` find the packaged default dataset: the `swv-data/` folder beside
 * the module that defined them (this file sits at the same depth as the script-tag bundle, so the
 * same relative path works in `dist/` and in `dist/cdn/`).
 */
export const DEFAULT_DATA_URL: string = new URL('./swv-data/index.json', import.meta.url).href;

/**
 * Where the packaged data keeps its postcode and school lookups and its maps, as its `index.json` says (a test
 * keeps the two the same): known before the index arrives, so an element can ask for the one part
 * it needs at the same time as the index.
 */
export const DEFAULT_LOOKUPS = {
  postcodes: { href: 'postcodes/{prefix}.json' },
  schools: { href: 'school-index/{prefix}.json', prefixLength: 3 },
  maps: { href: 'maps/{sector}.json' },
};
