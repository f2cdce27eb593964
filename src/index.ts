/** Everything the library offers, without registering any element (import `swv-elements/define` for that). */
export { SwvOverview } from './elements/swv-overview/swv-overview.js';
export { SwvCard } from './elements/swv-card/swv-card.js';
export { OprInfo } from './elements/opr-info/opr-info.js';
export { SwvFinder } from './elements/swv-finder/swv-finder.js';
export { SwvMap } from './elements/swv-map/swv-map.js';
export { SwvLoadEvent } from './events/swv-load.js';
export { SwvErrorEvent } from './events/swv-error.js';
export { SwvSelectEvent, type SelectKind } from './events/swv-select.js';
export { SwvLoadError, type LoadErrorKind } from './data/load-error.js';
export { load, configureLoader, clearLoaderCache, type LoaderOptions } from './data/loader.js';
export { validateData, validateSchools, validateMap, formatProblem, type Problem, type Validation } from './format/validate.js';
export { checkData, checkSchools } from './format/validate-async.js';
export { normalizeCode, displayCode, parseCodeList } from './format/codes.js';
export { DEFAULT_DATA_URL } from './default-data.js';
export type * from './format/types.js';
export type { Locale, Localized } from './i18n/locale.js';
