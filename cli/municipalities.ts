/**
 * Today's municipalities for the default dataset: the regulation's 2015 names, carried forward
 * through the municipal changes since 2015 to CBS's municipalities of today (article 3 of the
 * regulation: merged or renamed municipalities take the place of the names it lists).
 *
 * A 2015 municipality that was split over several of today's municipalities is resolved per
 * postcode with DUO's school addresses (each school location names its municipality of 2024);
 * a postcode that stays ambiguous goes to the main successor and is reported.
 */
import { InputError, readJson, readTsv } from './files.js';
import { foldText } from '../src/data/select.js';
import type { Pc4Row } from './sources.js';

/** CBS's disambiguating suffix: "Bergen (NH.)", "Hengelo (O.)". Part of the official name. */
const CBS_SUFFIX = /\s\((?:[A-Z]{1,2}\.)+\)$/;
/** A remark in brackets behind a name in the changes file: "(part: Meerstad ...)", "(commonly 'Den Haag')". */
const REMARK = /\s*\(([^()]*)\)\s*$/;

export interface TodayMunicipality {
  name: string;
  cbsCode: string;
}

export interface MunicipalChange {
  /** `YYYY-MM-DD`, or undefined for rows that are spellings, not changes ("n/a"). */
  date?: string;
  old: string;
  /** What the bracket behind the old name says ("part: Meerstad and ..."), if anything. */
  oldRemark?: string;
  new: string;
  newRemark?: string;
  kind: 'merger' | 'annexation' | 'split-part' | 'rename';
  sourceUrl: string;
  notes: string;
}

/** CBS's municipalities of today (the TopoJSON's one object), by name. */
export function readTodayMunicipalities(file: string): TodayMunicipality[] {
  const topo = readJson<{ objects?: Record<string, { geometries?: { properties?: { statcode?: string; statnaam?: string } }[] }> }>(file);
  const layer = Object.values(topo.objects ?? {})[0];
  const list = (layer?.geometries ?? []).map((g) => ({ name: g.properties?.statnaam ?? '', cbsCode: g.properties?.statcode ?? '' }));
  if (list.length < 300 || list.some((m) => !m.name || !/^GM[0-9]{4}$/.test(m.cbsCode))) {
    throw new InputError(file, undefined, `expected CBS municipalities with statnaam and statcode, found ${list.length}`);
  }
  return list;
}

/** Splits "Weesp (since 2022-03-24: Amsterdam)" into the name and its remark; keeps CBS suffixes. */
function nameAndRemark(text: string): [string, string | undefined] {
  const trimmed = text.trim();
  if (CBS_SUFFIX.test(trimmed)) return [trimmed, undefined];
  const match = REMARK.exec(trimmed);
  return match ? [trimmed.slice(0, match.index).trim(), match[1]!.trim()] : [trimmed, undefined];
}

/** The changes file: `date old_municipality new_municipality kind source_url excerpt notes`. */
export function readMunicipalChanges(file: string): MunicipalChange[] {
  return readTsv(file, ['date', 'old_municipality', 'new_municipality', 'kind', 'source_url', 'notes']).map(({ line, cells }) => {
    const kind = cells.kind!;
    if (!['merger', 'annexation', 'split-part', 'rename'].includes(kind)) throw new InputError(file, line, `unknown kind "${kind}"`);
    const [oldName, oldRemark] = nameAndRemark(cells.old_municipality!);
    const [newName, newRemark] = nameAndRemark(cells.new_municipality!);
    return {
      date: /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(cells.date!) ? cells.date : undefined,
      old: oldName,
      oldRemark,
      new: newName,
      newRemark,
      kind: kind as MunicipalChange['kind'],
      sourceUrl: cells.source_url!,
      notes: cells.notes!,
    };
  });
}

/** Where a school location is: its PC4 and DUO's municipality name (upper case, "S GRAVENHAGE"). */
export interface SchoolPlace {
  pc4: string;
  municipality: string | null;
}

export interface FormerName {
  name: string;
  date?: string;
  part?: boolean;
  sourceUrl: string;
}

export interface MunicipalityResult {
  /** PC4 → today's municipality. */
  byPc4: Map<string, string>;
  /** How each PC4 of a split 2015 municipality was resolved, for the report. */
  resolvedByPc4: { pc4: string; from: string; to: string; how: 'changes' | 'schools' }[];
  /** PC4s that stayed ambiguous (no or mixed school evidence): given to the main successor. */
  ambiguous: { pc4: string; from: string; candidates: string[]; to: string }[];
  /** Today's municipalities with former names (merged, renamed or partly moved into them). */
  formerNames: Map<string, FormerName[]>;
  /** Other names in use, from the changes file ("'s-Gravenhage (commonly 'Den Haag')"). */
  alternateNames: Map<string, { name: string; sourceUrl: string }[]>;
}

/**
 * Resolves every PC4's 2015 municipality to today's. Throws when a 2015 name cannot be carried
 * to a municipality of today: the build must not guess.
 */
export function resolveMunicipalities(
  rows: Pc4Row[],
  today: TodayMunicipality[],
  changes: MunicipalChange[],
  schools: SchoolPlace[],
  otherNames: { municipality: string; name: string; sourceUrl: string }[] = [],
): MunicipalityResult {
  const todayNames = new Set(today.map((m) => m.name));
  // A name as the regulation or DUO writes it → CBS's spelling: exact, then without CBS's suffix.
  const byFolded = new Map<string, string[]>();
  for (const m of today) {
    for (const key of new Set([foldText(m.name), foldText(m.name.replace(CBS_SUFFIX, ''))])) byFolded.set(key, [...(byFolded.get(key) ?? []), m.name]);
  }
  const official = (name: string): string | undefined => {
    if (todayNames.has(name)) return name;
    const candidates = byFolded.get(foldText(name)) ?? [];
    return candidates.length === 1 ? candidates[0] : undefined;
  };

  const real = changes.filter((c) => c.date);
  const from = new Map<string, MunicipalChange[]>();
  for (const change of real) from.set(change.old, [...(from.get(change.old) ?? []), change]);

  /** A name that only gave parts away is still a municipality of today (Nissewaard). */
  const stillExists = (name: string): boolean => official(name) !== undefined && (from.get(name) ?? []).every((r) => r.kind === 'split-part');

  /** Today's municipalities a name leads to, each with whether it is the main successor (worked out once per name). */
  const memo = new Map<string, { name: string; main: boolean }[]>();
  const successors = (name: string, seen: Set<string> = new Set()): { name: string; main: boolean }[] => {
    const known = memo.get(name);
    if (known) return known;
    if (seen.has(name)) throw new Error(`municipal changes: a cycle through ${name}`);
    const rows = from.get(name) ?? [];
    const remains = stillExists(name);
    const out: { name: string; main: boolean }[] = remains ? [{ name: official(name)!, main: true }] : [];
    const anyWhole = rows.some((r) => r.kind !== 'split-part');
    for (const row of rows) {
      // A whole merger is the main successor; among parts, the one the file calls the main or largest part.
      const main = !remains && (row.kind !== 'split-part' || (!anyWhole && /all except|main part|largest part/i.test(`${row.oldRemark ?? ''} ${row.notes}`)));
      for (const next of successors(row.new, new Set([...seen, name]))) out.push({ name: next.name, main: main && next.main });
    }
    if (out.length === 0) {
      const same = official(name);
      if (!same) throw new Error(`municipality "${name}" is neither a municipality of today (CBS) nor in the changes file`);
      out.push({ name: same, main: true });
    }
    const unique = new Map<string, boolean>();
    for (const s of out) unique.set(s.name, (unique.get(s.name) ?? false) || s.main);
    const result = [...unique].map(([n, main]) => ({ name: n, main }));
    memo.set(name, result);
    return result;
  };

  // Postcodes the changes file places ("PC4 check: PC4 9891-9893 ... now in Westerkwartier").
  const placed = new Map<string, string>();
  for (const row of real.filter((r) => r.kind === 'split-part')) {
    const check = /PC4 check:?(.*)$/is.exec(row.notes)?.[1];
    if (!check) continue;
    const own = new Set(rows.filter((r) => r.municipality === row.old).map((r) => r.pc4));
    const candidates = successors(row.old).map((o) => o.name);
    const mentioned = candidates.filter((name) => check.includes(name));
    const target = mentioned.length === 1 ? mentioned[0]! : successors(row.new)[0]!.name;
    for (const [, a, b] of check.matchAll(/\b([1-9][0-9]{3})(?:\s*[-\/]\s*([1-9][0-9]{3}))?\b/g)) {
      const [lo, hi] = [Number(a), Number(b ?? a)];
      for (let n = lo; n <= hi && hi - lo < 20; n++) if (own.has(String(n))) placed.set(String(n), target);
    }
  }

  // DUO's municipality per school PC4.
  const duoByPc4 = new Map<string, Set<string>>();
  for (const school of schools) {
    const name = school.municipality ? (official(school.municipality) ?? officialFromDuo(school.municipality, today)) : undefined;
    if (!name) continue;
    duoByPc4.set(school.pc4, (duoByPc4.get(school.pc4) ?? new Set()).add(name));
  }

  const byPc4 = new Map<string, string>();
  const resolvedByPc4: MunicipalityResult['resolvedByPc4'] = [];
  const ambiguous: MunicipalityResult['ambiguous'] = [];
  for (const row of rows) {
    const options = successors(row.municipality);
    if (options.length === 1) {
      byPc4.set(row.pc4, options[0]!.name);
      continue;
    }
    const names = options.map((o) => o.name);
    const byChanges = placed.get(row.pc4);
    if (byChanges && names.includes(byChanges)) {
      byPc4.set(row.pc4, byChanges);
      resolvedByPc4.push({ pc4: row.pc4, from: row.municipality, to: byChanges, how: 'changes' });
      continue;
    }
    const seen = [...(duoByPc4.get(row.pc4) ?? [])].filter((n) => names.includes(n));
    if (seen.length === 1) {
      byPc4.set(row.pc4, seen[0]!);
      resolvedByPc4.push({ pc4: row.pc4, from: row.municipality, to: seen[0]!, how: 'schools' });
      continue;
    }
    const main = options.find((o) => o.main)?.name ?? names.sort()[0]!;
    byPc4.set(row.pc4, main);
    ambiguous.push({ pc4: row.pc4, from: row.municipality, candidates: seen.length ? seen.sort() : names.sort(), to: main });
  }

  // Former names: every name that is no longer a municipality, under each municipality it went to.
  const formerNames = new Map<string, FormerName[]>();
  const add = (target: string, entry: FormerName): void => {
    const list = formerNames.get(target) ?? [];
    if (!list.some((e) => e.name === entry.name)) list.push(entry);
    formerNames.set(target, list);
  };
  for (const [name, rowsFrom] of from) {
    if (stillExists(name)) continue;
    for (const row of rowsFrom) {
      for (const next of successors(row.new)) add(next.name, { name, date: row.date, ...(row.kind === 'split-part' ? { part: true } : {}), sourceUrl: row.sourceUrl });
    }
  }
  for (const list of formerNames.values()) list.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.name.localeCompare(b.name, 'nl'));

  // Other names in use: "(commonly 'Den Haag')" behind a name in a spelling row.
  const alternateNames = new Map<string, { name: string; sourceUrl: string }[]>();
  for (const change of changes.filter((c) => !c.date)) {
    const common = /commonly '([^']+)'/.exec(change.newRemark ?? '')?.[1];
    const target = official(change.new);
    if (common && target) alternateNames.set(target, [...(alternateNames.get(target) ?? []), { name: common, sourceUrl: change.sourceUrl }]);
  }
  // The name without CBS's suffix, where only one municipality has it: "Hengelo" for "Hengelo (O.)".
  for (const m of today) {
    const base = m.name.replace(CBS_SUFFIX, '');
    if (base !== m.name && today.filter((other) => other.name.replace(CBS_SUFFIX, '') === base).length === 1) {
      alternateNames.set(m.name, [...(alternateNames.get(m.name) ?? []), { name: base, sourceUrl: '' }]);
    }
  }
  for (const other of otherNames) {
    const target = official(other.municipality);
    if (!target) throw new Error(`other name "${other.name}" is for "${other.municipality}", which is no municipality of today`);
    alternateNames.set(target, [...(alternateNames.get(target) ?? []), { name: other.name, sourceUrl: other.sourceUrl }]);
  }
  return { byPc4, resolvedByPc4, ambiguous, formerNames, alternateNames };
}

/** DUO writes "S GRAVENHAGE", "BERGEN NH", "NUENEN CA": match on the folded name, then on its first word. */
function officialFromDuo(duo: string, today: TodayMunicipality[]): string | undefined {
  const folded = foldText(duo);
  const exact = today.filter((m) => foldText(m.name) === folded || foldText(m.name).replace(/ /g, '') === folded.replace(/ /g, ''));
  if (exact.length === 1) return exact[0]!.name;
  const first = folded.split(' ')[0]!;
  const byFirst = today.filter((m) => foldText(m.name).split(' ')[0] === first);
  return byFirst.length === 1 ? byFirst[0]!.name : undefined;
}
