/** Finding partnerships in a document: by code, postcode, municipality, school or free text. */
import { displayCode, normalizeCode, toPc4 } from '../format/codes.js';
import type { Municipality, Partnership, School, Sector, SwvData } from '../format/types.js';
import { repairsOf } from '../format/validate-async.js';

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

/** True when the document had a partnership with this code that was left out because it was unusable. */
export function wasLeftOut(data: SwvData, code: string): boolean {
  const canonical = normalizeCode(code);
  return !!canonical && !!repairsOf(data)?.droppedCodes.some((dropped) => normalizeCode(dropped) === canonical);
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

/** The names of a partnership's area: whole municipalities and those it has only part of. */
export const areaMunicipalities = (p: Partnership): string[] => [
  ...(p.area?.municipalities ?? []),
  ...(p.area?.splitMunicipalities ?? []).map((s) => s.municipality),
];

/** How a typed name leads to a municipality of today: itself, a former name ("Bedum") or another name ("Den Haag"). */
export interface MunicipalityMatch {
  /** The municipality of today, as the data's areas name it. */
  name: string;
  /** The name the reader used, when it is not today's name. */
  via?: { name: string; kind: 'former' | 'other'; date?: string; part?: boolean };
}

/** Every name a municipality of today is also found by: its former names first, then other names in use. */
export function otherNamesOf(m: Municipality): NonNullable<MunicipalityMatch['via']>[] {
  return [
    ...(m.formerNames ?? []).map((f) => ({ name: f.name, kind: 'former' as const, ...(f.date ? { date: f.date } : {}), ...(f.part ? { part: true } : {}) })),
    ...(m.alternateNames ?? []).map((name) => ({ name, kind: 'other' as const })),
  ];
}

/**
 * The municipalities of today a name means: the name itself when an area has it, else every
 * municipality that has it as a former or other name (a split one leads to several).
 */
export function municipalitiesNamed(data: SwvData, text: string): MunicipalityMatch[] {
  const wanted = foldText(text);
  if (!wanted) return [];
  const current = data.partnerships.flatMap(areaMunicipalities).find((name) => foldText(name) === wanted);
  if (current) return [{ name: current }];
  const out: MunicipalityMatch[] = [];
  for (const m of data.municipalities ?? []) {
    const via = otherNamesOf(m).find((v) => foldText(v.name) === wanted);
    if (via) out.push({ name: m.name, via });
  }
  return out;
}

/** Partnerships of a municipality of today, also when it is asked for by a former or other name. */
export function forMunicipality(data: SwvData, municipality: string): Partnership[] {
  const names = new Set(municipalitiesNamed(data, municipality).map((m) => foldText(m.name)));
  if (names.size === 0) return [];
  return data.partnerships.filter((p) => areaMunicipalities(p).some((name) => names.has(foldText(name))));
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
