/** What `<swv-finder>` suggests for a typed text: postcodes, municipalities, partnerships, schools. */
import { normalizeCode, toPc4, toSchoolCode } from '../../format/codes.js';
import { foldText, type MunicipalityMatch } from '../../data/select.js';
import { placeIndex, schoolsWithCode, type SchoolEntry, type SchoolIndex } from '../../data/search-index.js';
import type { Sector, SwvData } from '../../format/types.js';

export type Suggestion =
  | { kind: 'postcode'; pc4: string }
  /** `via`: the former or other name the reader typed ("Bedum" for Het Hogeland). */
  | { kind: 'municipality'; name: string; via?: MunicipalityMatch['via'] }
  | { kind: 'partnership'; code: string; name: string }
  | { kind: 'school'; school: SchoolEntry }
  /** A school code typed while the data has no names to search: resolved by the data's lookup. */
  | { kind: 'school-code'; code: string };

export const MAX_SUGGESTIONS = 8;
/** At most this many municipalities and partnerships, so schools keep room. */
const MAX_PLACES = 4;

/** The same choice, whatever its label: used to keep one suggestion per thing. */
export function suggestionKey(s: Suggestion): string {
  switch (s.kind) {
    case 'postcode':
      return `postcode:${s.pc4}`;
    case 'municipality':
      return `municipality:${s.name}`;
    case 'partnership':
      return `partnership:${s.code}`;
    case 'school':
      return `school:${s.school.code}`;
    default:
      return `school:${s.code}`;
  }
}

/** The text the field shows once a suggestion is chosen. */
export function suggestionText(s: Suggestion): string {
  switch (s.kind) {
    case 'postcode':
      return s.pc4;
    case 'municipality':
    case 'partnership':
      return s.name;
    case 'school':
      return s.school.name;
    default:
      return s.code;
  }
}

/** Whether a text can name a school (letters, or a school code): only then are school names worth loading. */
export const mayBeSchool = (text: string): boolean => !toPc4(text) && /[a-z]{2}|^\s*\d{2}[a-z]/i.test(text);

const inSector = (codes: string[], sector: Sector | undefined): boolean => !sector || codes.some((code) => code.toLowerCase().startsWith(sector));

/**
 * Suggestions for what the reader typed, best first. `schools` is the dataset's school index when
 * it is loaded; without it, schools are left out (or a typed school code is passed on as is).
 */
export function suggest(data: SwvData, schools: SchoolIndex | undefined, text: string, sector?: Sector, limit = MAX_SUGGESTIONS): Suggestion[] {
  const pc4 = toPc4(text);
  if (pc4) return [{ kind: 'postcode', pc4 }];
  const out: Suggestion[] = [];
  const code = normalizeCode(text);
  if (code) {
    const p = data.partnerships.find((partnership) => partnership.code === code);
    if (p && inSector([p.code], sector)) out.push({ kind: 'partnership', code: p.code, name: p.name ?? p.code });
  }
  const schoolCode = toSchoolCode(text);
  if (schoolCode) {
    if (schools) {
      for (const school of schoolsWithCode(schools, schoolCode)) if (inSector(school.partnerships, sector)) out.push({ kind: 'school', school });
    } else if (data.lookups?.schools) {
      out.push({ kind: 'school-code', code: schoolCode });
    }
  }
  if (foldText(text).length < 2) return out.slice(0, limit);
  for (const place of placeIndex(data).places.search(text, MAX_PLACES, (entry) => entry.kind === 'municipality' || inSector([entry.code], sector))) {
    out.push(place.kind === 'municipality' ? { ...place } : { kind: 'partnership', code: place.code, name: place.name });
  }
  if (schools) {
    for (const school of schools.byName.search(text, limit, (entry) => inSector(entry.partnerships, sector))) out.push({ kind: 'school', school });
  }
  const seen = new Set<string>();
  return out.filter((s) => !seen.has(suggestionKey(s)) && !!seen.add(suggestionKey(s))).slice(0, limit);
}

/**
 * The one suggestion a plain submit means, or undefined when the reader must choose: the only
 * suggestion, or the only one whose text equals what was typed.
 */
export function onlyMeaning(suggestions: Suggestion[], text: string): Suggestion | undefined {
  if (suggestions.length === 1) return suggestions[0];
  const wanted = foldText(text);
  const exact = suggestions.filter(
    (s) =>
      foldText(suggestionText(s)) === wanted ||
      (s.kind === 'municipality' && s.via && foldText(s.via.name) === wanted) ||
      (s.kind === 'partnership' && s.code === normalizeCode(text)),
  );
  return exact.length === 1 ? exact[0] : undefined;
}
