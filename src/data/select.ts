/** Finding partnerships in a document: by code, postcode, municipality, school or free text. */
import { displayCode, normalizeCode, toPc4 } from '../format/codes.js';
import type { Partnership, School, Sector, SwvData } from '../format/types.js';

/** Lower case, accents and punctuation differences removed: "Súdwest-Fryslân" ~ "sudwest fryslan". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function bySector(sector: Sector | undefined): (p: Partnership) => boolean {
  return (p) => !sector || p.sector === sector;
}

export function findByCode(data: SwvData, code: string): Partnership | undefined {
  const canonical = normalizeCode(code);
  return canonical ? data.partnerships.find((p) => p.code === canonical) : undefined;
}

/** Every postcode of the partnership's area, including those of split municipalities. */
function areaPostcodes(p: Partnership): string[] {
  return [...(p.area?.postcodes ?? []), ...(p.area?.splitMunicipalities ?? []).flatMap((s) => s.postcodes)];
}

/** The partnerships with these codes (what a lookup file gave), in the data's order. */
export function withCodes(data: SwvData, codes: string[]): Partnership[] {
  return data.partnerships.filter((p) => codes.includes(p.code));
}

/** Partnerships whose area has the postcode; `found`: what the data's lookup gave, if it has one. */
export function forPostcode(data: SwvData, postcode: string, found?: string[]): Partnership[] {
  if (found) return withCodes(data, found);
  const pc4 = toPc4(postcode);
  return pc4 ? data.partnerships.filter((p) => areaPostcodes(p).includes(pc4)) : [];
}

export function forMunicipality(data: SwvData, municipality: string): Partnership[] {
  const wanted = foldText(municipality);
  if (!wanted) return [];
  return data.partnerships.filter((p) =>
    [...(p.area?.municipalities ?? []), ...(p.area?.splitMunicipalities ?? []).map((s) => s.municipality)].some((name) => foldText(name) === wanted),
  );
}

/** Matches a school by its location code (`03RK00`) or BRIN (`03RK`), in any case. */
export function isSchool(school: School, id: string): boolean {
  const wanted = id.trim().toUpperCase();
  return school.locationCode === wanted || school.brin === wanted;
}

/** Partnerships the school belongs to; `found`: what the data's lookup gave, if it has one. */
export function forSchool(data: SwvData, id: string, found?: string[]): Partnership[] {
  if (found) return withCodes(data, found);
  return data.partnerships.filter((p) => Array.isArray(p.schools) && p.schools.some((s) => isSchool(s, id)));
}

export function schoolCount(p: Partnership): number | undefined {
  if (!p.schools) return undefined;
  return Array.isArray(p.schools) ? p.schools.length : p.schools.count;
}

/** Where a partnership's separate school file is: its own `href`, else the dataset's template. */
export function schoolsHref(p: Partnership, data: SwvData | undefined): string | undefined {
  if (!p.schools || Array.isArray(p.schools)) return undefined;
  return p.schools.href ?? data?.lookups?.schoolFiles?.href.replace('{code}', p.code);
}

/** The name readers see: the partnership's name, or its display code when no name is known. */
export const titleOf = (p: Partnership): string => p.name ?? displayCode(p.code);
