/**
 * The finder's search index: built once per dataset and shared by every element on the page.
 *
 * Words are kept in one sorted list, each with the entries it occurs in. A query finds the words
 * that start with each of its words by binary search, then looks at a bounded number of entries,
 * so the work per keystroke does not grow with the number of schools.
 */
import { areaMunicipalities, foldText, otherNamesOf, type MunicipalityMatch } from './select.js';
import { checkLookup } from '../format/validate-async.js';
import { loadPart } from './parts.js';
import type { SwvData } from '../format/types.js';

/** How many entries one query may look at, and how many candidates it ranks. */
export const MAX_VISITED = 1000;
const MAX_CANDIDATES = 60;

/** Compares folded words by code unit, the order binary search needs. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A prefix index over short texts (names). */
export class TokenIndex<T> {
  private readonly _words: string[];
  private readonly _postings: number[][];
  /** `_before[w]`: how many postings the words before word `w` have (to size a range in O(1)). */
  private readonly _before: number[];
  private readonly _items: T[] = [];
  /** Each item's folded name (ranked) and all its folded words (matched). */
  private readonly _names: string[] = [];
  private readonly _wordsOf: string[][] = [];

  /** `name`: what the item is called (ranked); `extra`: more words that also match (a place). */
  constructor(entries: Iterable<{ item: T; name: string; extra?: string }>) {
    const postings = new Map<string, number[]>();
    for (const { item, name, extra } of entries) {
      const id = this._items.push(item) - 1;
      const folded = foldText(name);
      const words = [...new Set(`${folded} ${extra ? foldText(extra) : ''}`.split(' ').filter(Boolean))];
      this._names.push(folded);
      this._wordsOf.push(words);
      for (const word of words) {
        const list = postings.get(word);
        if (list) list.push(id);
        else postings.set(word, [id]);
      }
    }
    this._words = [...postings.keys()].sort(byCodeUnit);
    this._postings = this._words.map((word) => postings.get(word)!);
    this._before = [0];
    for (const list of this._postings) this._before.push(this._before[this._before.length - 1]! + list.length);
  }

  /** How many entries the last search looked at (at most `MAX_VISITED`): the work of one keystroke. */
  lastVisited = 0;

  get size(): number {
    return this._items.length;
  }

  /** Index of the first word that is not below `prefix`. */
  private _lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this._words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this._words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The words that start with `prefix`, as a range [from, to). */
  private _range(prefix: string): [number, number] {
    return [this._lowerBound(prefix), this._lowerBound(`${prefix}\uffff`)];
  }

  /**
   * Items with, for every word of the query, a word that starts with it; best first: the name
   * equals the query, the name starts with it, then shorter names. At most `limit`.
   */
  search(query: string, limit: number, accept: (item: T) => boolean = () => true): T[] {
    const terms = [...new Set(foldText(query).split(' ').filter(Boolean))];
    this.lastVisited = 0;
    if (terms.length === 0 || limit <= 0) return [];
    const ranges = terms.map((term) => this._range(term));
    // Walk the term with the fewest entries; check the others per entry.
    const entries = ranges.map(([from, to]) => this._before[to]! - this._before[from]!);
    let narrowest = 0;
    entries.forEach((n, i) => {
      if (n < entries[narrowest]!) narrowest = i;
    });
    const [from, to] = ranges[narrowest]!;
    const others = terms.filter((_, i) => i !== narrowest);
    const seen = new Set<number>();
    const found: number[] = [];
    let visited = 0;
    walk: for (let w = from; w < to; w++) {
      for (const id of this._postings[w]!) {
        if (++visited > MAX_VISITED || found.length >= MAX_CANDIDATES) break walk;
        if (seen.has(id)) continue;
        seen.add(id);
        const words = this._wordsOf[id]!;
        if (others.every((term) => words.some((word) => word.startsWith(term))) && accept(this._items[id]!)) found.push(id);
      }
    }
    this.lastVisited = Math.min(visited, MAX_VISITED);
    const whole = terms.join(' ');
    const rank = (id: number): number => {
      const name = this._names[id]!;
      return name === whole ? 0 : name.startsWith(whole) ? 1 : ` ${name}`.includes(` ${whole}`) ? 2 : 3;
    };
    return found
      .map((id) => ({ id, rank: rank(id), length: this._names[id]!.length }))
      .sort((a, b) => a.rank - b.rank || a.length - b.length || a.id - b.id)
      .slice(0, limit)
      .map(({ id }) => this._items[id]!);
  }
}

/** A school as the finder knows it: enough to name it and to say where it belongs. */
export interface SchoolEntry {
  code: string;
  name: string;
  city?: string;
  partnerships: string[];
  /** True when membership was derived rather than read from a source. */
  derived: boolean;
}

export interface SchoolIndex {
  byName: TokenIndex<SchoolEntry>;
  /** By location code (`03RK00`); a BRIN is the first four characters. */
  byCode: Map<string, SchoolEntry>;
}

export type PlaceEntry = { kind: 'municipality'; name: string; via?: MunicipalityMatch['via'] } | { kind: 'partnership'; code: string; name: string };

/** The dataset's municipalities and partnerships, by name. */
export interface PlaceIndex {
  places: TokenIndex<PlaceEntry>;
}

const placeIndexes = new WeakMap<SwvData, PlaceIndex>();
const schoolIndexes = new WeakMap<SwvData, Promise<SchoolIndex>>();

/** Municipalities and partnerships of a dataset: built on first use, then shared. */
export function placeIndex(data: SwvData): PlaceIndex {
  let index = placeIndexes.get(data);
  if (!index) {
    const municipalities = new Set(data.partnerships.flatMap(areaMunicipalities));
    const entries: { item: PlaceEntry; name: string; extra?: string }[] = [...municipalities].map((name) => ({ item: { kind: 'municipality', name }, name }));
    // Former and other names lead to today's municipality: "Bedum" to Het Hogeland, "Den Haag" to 's-Gravenhage.
    for (const m of data.municipalities ?? []) {
      if (!municipalities.has(m.name)) continue;
      for (const via of otherNamesOf(m)) entries.push({ item: { kind: 'municipality', name: m.name, via }, name: via.name });
    }
    for (const p of data.partnerships) {
      const name = p.name ?? p.code;
      entries.push({
        item: { kind: 'partnership', code: p.code, name },
        name,
        extra: [p.legalName, ...(p.alternateNames ?? []), p.code].filter(Boolean).join(' '),
      });
    }
    index = { places: new TokenIndex(entries) };
    placeIndexes.set(data, index);
  }
  return index;
}

export function buildSchoolIndex(schools: SchoolEntry[]): SchoolIndex {
  return {
    byName: new TokenIndex(schools.map((school) => ({ item: school, name: school.name, extra: school.city }))),
    byCode: new Map(schools.map((school) => [school.code, school])),
  };
}

/** Schools kept inline in the data, one entry per location with every partnership it is in. */
function inlineSchools(data: SwvData): SchoolEntry[] {
  const byCode = new Map<string, SchoolEntry>();
  for (const p of data.partnerships) {
    if (!Array.isArray(p.schools)) continue;
    for (const s of p.schools) {
      const known = byCode.get(s.locationCode);
      if (known) {
        if (!known.partnerships.includes(p.code)) known.partnerships.push(p.code);
        known.derived ||= s.membership === 'derived';
      } else {
        byCode.set(s.locationCode, {
          code: s.locationCode,
          name: s.name,
          city: s.address?.city ?? s.municipality,
          partnerships: [p.code],
          derived: s.membership === 'derived',
        });
      }
    }
  }
  return [...byCode.values()];
}

/**
 * Every school of a dataset by name and code: inline schools, plus the `lookups.schoolNames`
 * file when the data has one (loaded once, on the first search that needs it).
 */
export function schoolIndex(data: SwvData, dataUrl: string | undefined): Promise<SchoolIndex> {
  let index = schoolIndexes.get(data);
  if (!index) {
    index = (async () => {
      const schools = inlineSchools(data);
      const href = data.lookups?.schoolNames?.href;
      if (href) {
        const known = new Set(schools.map((s) => s.code));
        const file = await loadPart(href, dataUrl, checkLookup);
        for (const [code, entry] of Object.entries(file.entries)) {
          if (known.has(code) || !entry.name) continue;
          schools.push({ code, name: entry.name, city: entry.city ?? entry.municipality, partnerships: entry.partnerships, derived: entry.derived === true });
        }
      }
      return buildSchoolIndex(schools);
    })();
    // A failed load is not kept: the next search tries again.
    index.catch(() => schoolIndexes.delete(data));
    schoolIndexes.set(data, index);
  }
  return index;
}

/** Whether a dataset has schools to search by name (inline or in a names file). */
export function hasSchoolNames(data: SwvData): boolean {
  return !!data.lookups?.schoolNames || data.partnerships.some((p) => Array.isArray(p.schools) && p.schools.length > 0);
}

/** The schools with this location code, or every location of this BRIN. */
export function schoolsWithCode(index: SchoolIndex, code: string): SchoolEntry[] {
  const exact = index.byCode.get(code);
  if (exact) return [exact];
  if (code.length !== 4) return [];
  const out: SchoolEntry[] = [];
  for (let n = 0; n < 100; n++) {
    const school = index.byCode.get(`${code}${String(n).padStart(2, '0')}`);
    if (school) out.push(school);
  }
  return out;
}
