/**
 * Where elements without `src` find the packaged default dataset: the `swv-data/` folder beside
 * the module that defined them (this file sits at the same depth as the script-tag bundle, so the
 * same relative path works in `dist/` and in `dist/cdn/`).
 */
export const DEFAULT_DATA_URL: string = new URL('./swv-data/index.json', import.meta.url).href;
