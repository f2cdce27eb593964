/**
 * `swv-data build`: the packaged default dataset, from the public sources plus the curated facts.
 *
 * Output (all deterministic: the same inputs give the same bytes):
 *   index.json                 every partnership, without schools and postcodes (swv-data)
 *   schools/<CODE>.json        the schools of one partnership (swv-schools)
 *   postcodes/<NN>.json        PC4 → partnerships, per first two digits (swv-lookup)
 *   school-index/<NNN>.json    school location → partnerships, per first three characters (swv-lookup)
 *   school-names.json          every school location with name and place, for search by name (swv-lookup)
 *   maps/po.json, maps/vo.json the partnerships' outlines for <swv-map> (swv-map; cli/build-maps.ts)
 *   build-report.md            coverage per field, what was left out and why, what could not be assigned
 *
 * Inputs: the public sources in shared/data/source (see PROVENANCE.md there) and the curated
 * folder data/curated: facts.json (texts the research does not carry), decisions.tsv (names and
 * fields left out), changes.json (what changed since 2015), and our additions to the research.
 */
import { join } from 'node:path';
import { readPc4Table, readSchoolLocations, type Pc4Row, type SchoolLocation } from './sources.js';
import { InputError, readJson, readTsv, toJson, toWebsite } from './files.js';
import { readMunicipalChanges, readTodayMunicipalities, resolveMunicipalities } from './municipalities.js';
import { READ_ON, readResearch, webSource, type CuratedChange } from './research.js';
import { coverageReport, checkEverySourced } from './build-report.js';
import { validateData, validateLookup, validateMap, validateSchools } from '../src/format/validate.js';
import { buildMaps } from './build-maps.js';
import { areaMunicipalities } from '../src/data/select.js';
import { FORMAT_VERSION } from '../src/format/schema.js';
import type { Partnership, School, Source, SourceRef, SwvData } from '../src/format/types.js';

export const SOURCE_FILES = {
  pc4: 'BWBR0032324_regio-indeling-swv_2015-04-23_pc4.md',
  schools: 'edugis_scholen20241122.geo.zip',
  research: 'swv-research-2026-11.tsv',
  oprResearch: 'swv-opr-research-2026-11.tsv',
  municipalChanges: 'municipal-changes-2016-2026.tsv',
  municipalitiesToday: 'cbs-gemeente-2026-rd.topojson',
  municipalities2015: 'cbs-gemeente-2015.topojson',
  provinces2015: 'cbs-provincie-2015.topojson',
};

/** Files in the curated folder (data/curated). */
export const CURATED_FILES = {
  facts: 'facts.json',
  decisions: 'decisions.tsv',
  changes: 'changes.json',
  researchAdditions: 'research-additions.tsv',
  oprResearchAdditions: 'opr-research-additions.tsv',
  municipalityNames: 'municipality-names.tsv',
};

const REGULATION: Source = {
  id: 'regeling-2015',
  title: 'Regeling regio-indeling samenwerkingsverbanden passend onderwijs PO en VO (BWBR0032324), versie van 2015',
  publisher: 'Staatssecretaris van Onderwijs, Cultuur en Wetenschap',
  url: 'https://wetten.overheid.nl/BWBR0032324',
  licence: 'Geen auteursrecht (Auteurswet art. 11)',
  date: '2015-04-23',
  note: {
    nl: 'Dit is de versie van 2015. Latere fusies van gemeenten en samenwerkingsverbanden staan er niet in.',
    en: 'This is the 2015 version. Later mergers of municipalities and partnerships are not in it.',
  },
};

const SCHOOLS: Source = {
  id: 'duo-vestigingen-2024',
  title: 'Schoolvestigingen (DUO open onderwijsdata, via EduGIS data-nl-scholen)',
  publisher: 'DUO; bewerking EduGIS',
  licence: 'DUO: CC0; het bewerkte bestand heeft geen licentievermelding',
  date: '2024-11-22',
  note: {
    nl: 'Dit bestand zegt niet bij welk samenwerkingsverband een school hoort. Dat hebben wij afgeleid.',
    en: 'This file does not say which partnership a school belongs to. We derived that.',
  },
};

const MUNICIPAL_CHANGES: Source = {
  id: 'gemeentelijke-herindelingen-2016-2026',
  title: 'Gemeentelijke herindelingen 2016-2026 (samengesteld uit openbare bronnen, elke wijziging met haar bron)',
  publisher: 'swv-elements',
  date: '2026-01-01',
  note: {
    nl: 'Artikel 3 van de regeling zegt: een nieuwe of hernoemde gemeente komt in de plaats van de oude. Zo weten we bij welke gemeente van nu een postcode hoort. Waar een oude gemeente is verdeeld, kijken we naar de adressen van scholen.',
    en: 'Article 3 of the regulation says a new or renamed municipality takes the place of the old one. That is how we know which municipality of today a postcode belongs to. Where an old municipality was split, we look at the addresses of schools.',
  },
};

const MUNICIPALITIES_TODAY: Source = {
  id: 'cbs-gemeenten-2026',
  title: 'CBS Gebiedsindelingen: gemeenten 2026',
  publisher: 'Centraal Bureau voor de Statistiek (CBS)',
  licence: 'CC BY 4.0',
  date: '2026-01-01',
};

const SHAPES_2015: Source = {
  id: 'cbs-gebiedsindelingen-2015',
  title: 'CBS Gebiedsindelingen 2015: gemeenten en provincies (kaart)',
  publisher: 'Centraal Bureau voor de Statistiek (CBS), via PDOK',
  licence: 'CC BY 4.0 (bron: CBS)',
  date: '2015-01-01',
  note: {
    nl: 'De kaart tekent elk samenwerkingsverband als de gemeenten van 2015 uit de regeling samen. Dat hebben wij afgeleid. Een gemeente die bij meer samenwerkingsverbanden hoort, is apart getekend.',
    en: 'The map draws each partnership as its municipalities of 2015 from the regulation, joined. We derived that. A municipality that belongs to more than one partnership is drawn apart.',
  },
};

const RESEARCH: Source = {
  id: 'swv-onderzoek-2026-11',
  title: 'Onderzoek naar namen, websites, contactgegevens, OPR en ondersteuningsplannen van samenwerkingsverbanden',
  publisher: 'swv-elements',
  date: READ_ON,
  note: {
    nl: 'Elk feit komt van een openbare webpagina. Die pagina staat als bron bij het feit. Wat twijfelachtig was, hebben we weggelaten.',
    en: 'Every fact comes from a public web page. That page is listed as the source of the fact. What was doubtful, we left out.',
  },
};

const BERSEBA = 'PO0001';
/** School lookup files by the first three characters of the BRIN: about 10 schools a file. */
const SCHOOL_PREFIX = 3;
const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const byCollation = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

export interface BuildResult {
  files: Map<string, string>;
  report: string;
  counts: { po: number; vo: number; schools: number; unassigned: number; duplicates: number };
}

interface CuratedFacts {
  updated: string;
  sources: Source[];
  partnerships: (Partial<Partnership> & { code: string })[];
}

/** Which sectors' partnerships a school type takes part in (DUO's `type`). */
function sectorsOf(type: string): ('po' | 'vo')[] {
  if (type === '(V)SO') return ['po', 'vo'];
  if (['basisschool', 'SBAO', 'SO'].includes(type)) return ['po'];
  return ['vo']; // VSO, PRO and every VO type
}

const formatPostcode = (postcode: string): string => postcode.replace(/^([0-9]{4}) ?([A-Z]{2})$/, '$1 $2');

function street(s: SchoolLocation): string | undefined {
  if (!s.straat) return undefined;
  const number = [s.huisnummer ?? '', s.huisletter ?? ''].join('') + (s.huisnummertoevoeging ? `-${s.huisnummertoevoeging}` : '');
  return `${s.straat} ${number}`.trim();
}

function toSchool(s: SchoolLocation, membershipNote: { nl: string; en: string }): School {
  const school: School = {
    locationCode: s.vestigingscode,
    brin: s.brin_nummer,
    name: s.naam.trim(),
    type: s.type,
    membership: 'derived',
    membershipNote,
  };
  if (s.denominatie?.trim()) school.denomination = s.denominatie.trim();
  const address = { street: street(s), postcode: formatPostcode(s.postcode), city: s.plaats?.trim() || undefined };
  school.address = Object.fromEntries(Object.entries(address).filter(([, v]) => v)) as School['address'];
  const site = toWebsite(s.internetadres);
  if (site) school.website = site;
  return school;
}

/** A partnership's sources: the regulation and the municipal changes for code and area, DUO for schools, plus the facts' own. */
function sourceRefs(regional: boolean, ...more: (SourceRef[] | undefined)[]): SourceRef[] {
  const refs: SourceRef[] = [];
  // Kept short (the source has the date): these stand in every record of the index.
  if (regional) refs.push({ source: REGULATION.id }, { source: MUNICIPAL_CHANGES.id });
  refs.push({ source: SCHOOLS.id });
  return [...refs, ...more.flatMap((list) => list ?? [])];
}

export function buildDataset(sourceDir: string, curatedDir: string, progress: (message: string) => void = () => undefined): BuildResult {
  progress('reading the regulation (PC4 table)');
  const rows = readPc4Table(join(sourceDir, SOURCE_FILES.pc4));
  progress(`  ${rows.length} postcodes`);
  progress('reading the school locations');
  const locations = readSchoolLocations(join(sourceDir, SOURCE_FILES.schools));
  progress(`  ${locations.length} locations`);
  const curated = readJson<CuratedFacts>(join(curatedDir, CURATED_FILES.facts));
  const curatedChanges = readJson<{ changes: CuratedChange[] }>(join(curatedDir, CURATED_FILES.changes)).changes;

  progress("carrying the 2015 municipalities forward to today's");
  const today = readTodayMunicipalities(join(sourceDir, SOURCE_FILES.municipalitiesToday));
  const municipal = resolveMunicipalities(
    rows,
    today,
    readMunicipalChanges(join(sourceDir, SOURCE_FILES.municipalChanges)),
    locations.map((l) => ({ pc4: l.postcode.slice(0, 4), municipality: l.gemeente })),
    readTsv(join(curatedDir, CURATED_FILES.municipalityNames), ['municipality', 'other_name', 'source_url']).map(({ cells }) => ({
      municipality: cells.municipality!,
      name: cells.other_name!,
      sourceUrl: cells.source_url!,
    })),
  );
  const municipalityOf = (pc4: string): string => municipal.byPc4.get(pc4)!;

  progress('reading the research on names, contacts and OPRs');
  const research = readResearch(
    [join(sourceDir, SOURCE_FILES.research), join(curatedDir, CURATED_FILES.researchAdditions)],
    [join(sourceDir, SOURCE_FILES.oprResearch), join(curatedDir, CURATED_FILES.oprResearchAdditions)],
    join(curatedDir, CURATED_FILES.decisions),
    curatedChanges,
  );

  // 1. Areas from the PC4 table, with today's municipalities.
  const byPc4 = new Map<string, Pc4Row>(rows.map((row) => [row.pc4, row]));
  const area = new Map<string, { municipalities: Set<string>; postcodes: string[] }>();
  const codesOfMunicipality = new Map<string, Set<string>>();
  for (const row of rows) {
    const municipality = municipalityOf(row.pc4);
    for (const code of [row.po, row.vo]) {
      if (!code) continue;
      const entry = area.get(code) ?? { municipalities: new Set(), postcodes: [] };
      entry.municipalities.add(municipality);
      entry.postcodes.push(row.pc4);
      area.set(code, entry);
      const key = `${code.slice(0, 2)}|${municipality}`;
      codesOfMunicipality.set(key, (codesOfMunicipality.get(key) ?? new Set()).add(code));
    }
  }

  // 2. Schools, assigned by the PC4 of their location (and Berséba by denomination).
  progress('assigning schools to partnerships');
  const schoolsOf = new Map<string, School[]>();
  const schoolLookup = new Map<string, { name: string; city?: string; partnerships: string[]; derived: true }>();
  const unassigned: string[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  for (const location of [...locations].sort((a, b) => (a.vestigingscode < b.vestigingscode ? -1 : a.vestigingscode > b.vestigingscode ? 1 : 0))) {
    if (seen.has(location.vestigingscode)) {
      duplicates.push(location.vestigingscode);
      continue;
    }
    seen.add(location.vestigingscode);
    const pc4 = location.postcode.slice(0, 4);
    const row = byPc4.get(pc4);
    const reformed = location.denominatie === 'Reformatorisch' && ['basisschool', 'SBAO'].includes(location.type);
    const codes: string[] = [];
    for (const sector of sectorsOf(location.type)) {
      const code = sector === 'po' && reformed ? BERSEBA : row?.[sector];
      if (code) codes.push(code);
    }
    if (codes.length === 0) {
      unassigned.push(
        `${location.vestigingscode} ${location.naam.trim()} (${location.type}, postcode ${location.postcode}${row ? '' : ': not in the regulation'})`,
      );
      continue;
    }
    const note = reformed
      ? {
          nl: 'Afgeleid: een reformatorische school hoort bij het landelijke samenwerkingsverband Berséba.',
          en: 'Derived: a Reformed (reformatorisch) school belongs to the national partnership Berséba.',
        }
      : {
          nl: `Afgeleid uit de postcode van de school (${pc4}) en de Regeling regio-indeling (2015).`,
          en: `Derived from the school's postcode (${pc4}) and the area regulation (2015).`,
        };
    const school = toSchool(location, note);
    if (row) school.municipality = municipalityOf(pc4);
    for (const code of codes) schoolsOf.set(code, [...(schoolsOf.get(code) ?? []), school]);
    schoolLookup.set(location.vestigingscode, {
      name: school.name,
      ...(school.address?.city ? { city: school.address.city } : {}),
      partnerships: codes,
      derived: true,
    });
  }

  // 3. Partnerships: the regulation's areas, the research, and the curated texts.
  const curatedByCode = new Map(curated.partnerships.map((p) => [p.code, p]));
  const codes = [...new Set([...area.keys(), ...curatedByCode.keys()])].sort();
  for (const code of research.fields.keys()) if (!codes.includes(code)) throw new InputError(SOURCE_FILES.research, undefined, `${code} is not a partnership of the regulation`);
  const partnerships: Partnership[] = codes.map((code) => {
    const facts = { ...research.fields.get(code), ...curatedByCode.get(code) };
    const found = research.fields.get(code);
    const regional = area.has(code);
    const own = area.get(code);
    const sector = code.startsWith('PO') ? 'po' : 'vo';
    const split = own
      ? [...own.municipalities]
          .filter((m) => (codesOfMunicipality.get(`${code.slice(0, 2)}|${m}`)?.size ?? 0) > 1)
          .sort(byCollation)
          .map((m) => ({ municipality: m, postcodes: own.postcodes.filter((pc) => municipalityOf(pc) === m) }))
      : [];
    const whole = own ? [...own.municipalities].filter((m) => !split.some((s) => s.municipality === m)).sort(byCollation) : [];
    const related = own ? [...new Set(own.postcodes.map((pc) => byPc4.get(pc)![sector === 'po' ? 'vo' : 'po']).filter((c): c is string => !!c))].sort() : [];
    const schools = schoolsOf.get(code) ?? [];
    const partnership: Partnership = {
      code,
      sector,
      scope: regional ? 'regional' : 'national',
      ...(facts.name ? { name: facts.name } : {}),
      ...(facts.alternateNames ? { alternateNames: facts.alternateNames } : {}),
      ...(facts.legalName ? { legalName: facts.legalName } : {}),
      ...(facts.legalForm ? { legalForm: facts.legalForm } : {}),
      ...(facts.summary ? { summary: facts.summary } : {}),
      ...(facts.description ? { description: facts.description } : {}),
      ...(own || facts.area
        ? {
            area: {
              ...(whole.length ? { municipalities: whole } : {}),
              ...(split.length ? { splitMunicipalities: split } : {}),
              ...(facts.area?.note ? { note: facts.area.note } : {}),
            },
          }
        : {}),
      ...(facts.changes ? { changes: facts.changes } : {}),
      ...(facts.contact ? { contact: facts.contact } : {}),
      ...(facts.supportPoint ? { supportPoint: facts.supportPoint } : {}),
      ...(facts.supportPlans ? { supportPlans: facts.supportPlans } : {}),
      ...(facts.opr ? { opr: facts.opr } : {}),
      schools: { count: schools.length },
      ...(related.length ? { related } : {}),
      ...(facts.links ? { links: facts.links } : {}),
      sources: sourceRefs(regional, found?.sources, curatedByCode.get(code)?.sources),
    };
    return partnership;
  });

  // Today's municipalities with former and other names: what the finder and the overview also match.
  const webSources = new Map(research.sources.map((s) => [s.url!, s]));
  const cbsCode = new Map(today.map((m) => [m.name, m.cbsCode]));
  const municipalities = [...new Set([...municipal.formerNames.keys(), ...municipal.alternateNames.keys()])].sort(byCollation).map((name) => {
    const former = municipal.formerNames.get(name) ?? [];
    const other = municipal.alternateNames.get(name) ?? [];
    return {
      name,
      cbsCode: cbsCode.get(name)!,
      ...(former.length ? { formerNames: former.map((f) => ({ name: f.name, ...(f.date ? { date: f.date } : {}), ...(f.part ? { part: true } : {}) })) } : {}),
      ...(other.length ? { alternateNames: other.map((o) => o.name) } : {}),
      sources: [{ source: MUNICIPAL_CHANGES.id }, ...other.filter((o) => o.sourceUrl).map((o) => ({ source: webSource(o.sourceUrl, webSources), fields: ['alternateNames'] }))],
    };
  });

  const referenceDate = SCHOOLS.date;
  const index: SwvData = {
    format: 'swv-data',
    version: FORMAT_VERSION,
    title: 'Samenwerkingsverbanden passend onderwijs in Nederland (standaardgegevens van swv-elements)',
    referenceDate,
    generated: { at: curated.updated, by: 'swv-data build' },
    sources: [REGULATION, MUNICIPAL_CHANGES, MUNICIPALITIES_TODAY, SHAPES_2015, SCHOOLS, RESEARCH, ...curated.sources, ...[...webSources.values()].sort((a, b) => (a.id < b.id ? -1 : 1))],
    partnerships,
    municipalities,
    lookups: {
      postcodes: { href: 'postcodes/{prefix}.json' },
      schools: { href: 'school-index/{prefix}.json', prefixLength: SCHOOL_PREFIX },
      schoolNames: { href: 'school-names.json' },
      schoolFiles: { href: 'schools/{code}.json' },
      maps: { href: 'maps/{sector}.json' },
    },
  };

  // 4. The promises of the dataset: every fact has a source, and the finder knows every municipality of today.
  checkEverySourced(index);
  const known = new Set(partnerships.flatMap(areaMunicipalities));
  const unknown = today.map((m) => m.name).filter((name) => !known.has(name));
  if (unknown.length) throw new Error(`municipalities of today that no partnership's area has, so the finder would not know them: ${unknown.join(', ')}`);

  // 5. Files, each checked by the same validator the elements use.
  const files = new Map<string, string>();
  const add = (name: string, value: unknown, validate: (input: unknown) => { ok: boolean }): void => {
    const result = validate(value) as { ok: boolean; problems?: { path: string; message: { en: string } }[] };
    if (!result.ok) throw new Error(`${name} would be invalid: ${result.problems!.map((p) => `${p.path}: ${p.message.en}`).join('; ')}`);
    files.set(name, toJson(value));
  };
  add('index.json', index, validateData);
  for (const p of partnerships) {
    const schools = (schoolsOf.get(p.code) ?? []).sort((a, b) => byCollation(a.name, b.name) || byCollation(a.locationCode, b.locationCode));
    add(`schools/${p.code}.json`, { format: 'swv-schools', version: FORMAT_VERSION, partnership: p.code, referenceDate, schools }, validateSchools);
  }
  const shards = <T>(entries: [string, T][], prefixLength: number): Map<string, Record<string, T>> => {
    const out = new Map<string, Record<string, T>>();
    for (const [key, value] of entries.sort(([a], [b]) => (a < b ? -1 : 1))) {
      const shard = out.get(key.slice(0, prefixLength)) ?? {};
      shard[key] = value;
      out.set(key.slice(0, prefixLength), shard);
    }
    return out;
  };
  const postcodeEntries = rows
    .filter((row) => row.po || row.vo)
    .map((row): [string, { municipality: string; partnerships: string[] }] => [
      row.pc4,
      { municipality: municipalityOf(row.pc4), partnerships: [row.po, row.vo].filter((c): c is string => !!c) },
    ]);
  for (const [prefix, entries] of shards(postcodeEntries, 2)) {
    add(
      `postcodes/${prefix}.json`,
      { format: 'swv-lookup', version: FORMAT_VERSION, kind: 'postcodes', referenceDate: REGULATION.date, entries },
      validateLookup,
    );
  }
  for (const [prefix, entries] of shards([...schoolLookup], SCHOOL_PREFIX)) {
    add(`school-index/${prefix}.json`, { format: 'swv-lookup', version: FORMAT_VERSION, kind: 'schools', referenceDate, entries }, validateLookup);
  }
  const allSchools = Object.fromEntries([...schoolLookup].sort(([a], [b]) => (a < b ? -1 : 1)));
  add('school-names.json', { format: 'swv-lookup', version: FORMAT_VERSION, kind: 'schools', referenceDate, entries: allSchools }, validateLookup);

  progress('drawing the maps (partnership outlines from the municipalities of 2015)');
  const maps = buildMaps(
    readJson(join(sourceDir, SOURCE_FILES.municipalities2015)),
    readJson(join(sourceDir, SOURCE_FILES.provinces2015)),
    rows,
    new Set(partnerships.map((p) => p.code)),
    [{ source: SHAPES_2015.id }, { source: REGULATION.id }],
    REGULATION.date,
  );
  for (const sector of ['po', 'vo'] as const) add(`maps/${sector}.json`, maps[sector], validateMap);

  const po = partnerships.filter((p) => p.sector === 'po');
  const counts = {
    po: po.length,
    vo: partnerships.length - po.length,
    schools: schoolLookup.size,
    unassigned: unassigned.length,
    duplicates: duplicates.length,
  };
  const report = [
    '# Build report of the default dataset',
    '',
    `Generated by \`swv-data build\` from ${Object.values(SOURCE_FILES).join(', ')} (see shared/data/source/PROVENANCE.md) and the curated files in data/curated/.`,
    '',
    `- Partnerships: ${counts.po} PO (${po.filter((p) => p.scope === 'regional').length} regional + ${po.filter((p) => p.scope === 'national').length} national) and ${counts.vo} VO.`,
    `- Postcodes (PC4) with a partnership: ${postcodeEntries.length}; without one (Europoort): ${rows.length - postcodeEntries.length}.`,
    `- School locations read: ${locations.length}; repeated location codes skipped: ${duplicates.length}; assigned: ${counts.schools}; not assigned: ${unassigned.length}.`,
    `- Assigned to Berséba (reformatorische basisscholen and SBO): ${schoolsOf.get(BERSEBA)?.length ?? 0}.`,
    '- Every school membership is derived (the school list has no partnership column) and marked so.',
    ...(['po', 'vo'] as const).map(
      (sector) =>
        `- Map of ${sector.toUpperCase()} (maps/${sector}.json, derived: municipalities of 2015 joined per partnership): ${maps[sector].regions.length} regions, ${maps[sector].shared.length} municipalities shared by more than one partnership (drawn apart, a postcode decides); national partnerships have no region.`,
    ),
    '',
    ...coverageReport({ index, research, municipal, todayCount: today.length, knownCount: known.size }),
    '## Schools not assigned',
    '',
    ...(unassigned.length ? unassigned.map((line) => `- ${line}`) : ['None.']),
    '',
    '## Repeated location codes in the source (first one kept)',
    '',
    ...(duplicates.length ? [[...new Set(duplicates)].join(', ')] : ['None.']),
    '',
  ].join('\n');
  files.set('build-report.md', report);
  return { files, report, counts };
}
