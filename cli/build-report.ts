/**
 * What `swv-data build` promises about the default dataset, checked (every fact has a source) and
 * reported (coverage per field, what was left out and why, how municipalities were carried forward).
 */
import type { MunicipalityResult } from './municipalities.js';
import type { ResearchFacts } from './research.js';
import type { Partnership, SwvData } from '../src/format/types.js';

/** Fields of a partnership that are facts about a real partnership, each needing a source that names it. */
const FACT_FIELDS = ['name', 'alternateNames', 'legalName', 'legalForm', 'summary', 'description', 'supportPoint', 'supportPlans', 'links'] as const;

/** Throws when a fact has no source, or a record cites a source the dataset does not list. */
export function checkEverySourced(data: SwvData): void {
  const ids = new Set(data.sources.map((s) => s.id));
  const problems: string[] = [];
  for (const p of data.partnerships) {
    const refs = p.sources ?? [];
    for (const ref of [...refs, ...(p.opr?.sources ?? []), ...(p.changes ?? []).flatMap((c) => c.sources ?? [])]) {
      if (!ids.has(ref.source)) problems.push(`${p.code}: cites "${ref.source}", which is not in the dataset's sources`);
    }
    const named = new Set(refs.flatMap((r) => r.fields ?? []));
    const has = (field: string): boolean => named.has(field) || [...named].some((n) => field.startsWith(`${n}.`));
    for (const field of FACT_FIELDS) if (p[field] !== undefined && !has(field)) problems.push(`${p.code}: ${field} has no source`);
    for (const key of Object.keys(p.contact ?? {})) if (!has(`contact.${key}`)) problems.push(`${p.code}: contact.${key} has no source`);
    if (p.opr && !(p.opr.sources ?? []).length && !has('opr')) problems.push(`${p.code}: opr has no source`);
    (p.changes ?? []).forEach((c, i) => {
      if (!(c.sources ?? []).length) problems.push(`${p.code}: changes[${i}] has no source`);
    });
  }
  for (const m of data.municipalities ?? []) if (!(m.sources ?? []).length) problems.push(`municipality ${m.name}: no source`);
  if (data.sources.some((s) => /domeinnotities/i.test(s.title))) problems.push('a source is the vague "Domeinnotities": cite the page a fact comes from');
  if (problems.length) throw new Error(`facts without a source:\n  ${problems.join('\n  ')}`);
}

interface ReportInput {
  index: SwvData;
  research: ResearchFacts;
  municipal: MunicipalityResult;
  todayCount: number;
  knownCount: number;
}

/** "Own OPR facts": what `<opr-info code>` shows beyond the general explanation. */
export const hasOwnOprFacts = (p: Partnership): boolean =>
  !!p.opr && (p.opr.website !== undefined || p.opr.email !== undefined || p.opr.seats !== undefined || p.opr.vacancies !== undefined);

/** The report's sections on coverage, municipalities and fields left out (Markdown lines). */
export function coverageReport({ index, research, municipal, todayCount, knownCount }: ReportInput): string[] {
  const list = index.partnerships;
  const rows: [string, (p: Partnership) => boolean][] = [
    ['name', (p) => !!p.name],
    ['other names (alternateNames)', (p) => !!p.alternateNames?.length],
    ['legal name', (p) => !!p.legalName],
    ['website', (p) => !!p.contact?.website],
    ['phone', (p) => !!p.contact?.phone],
    ['e-mail', (p) => !!p.contact?.email],
    ['visiting address', (p) => !!p.contact?.visitingAddress],
    ['postal address', (p) => !!p.contact?.postalAddress],
    ['own OPR facts (opr-info code)', hasOwnOprFacts],
    ['OPR page', (p) => !!p.opr?.website],
    ['OPR seats', (p) => !!p.opr?.seats],
    ['OPR vacancies (with their date)', (p) => p.opr?.vacancies !== undefined],
    ['OPR e-mail', (p) => !!p.opr?.email],
    ['how to join the OPR', (p) => !!p.opr?.howToJoin],
    ['support plan', (p) => !!p.supportPlans?.length],
    ['changes since 2015', (p) => !!p.changes?.length],
  ];
  const kinds = ['code', 'area', 'own-site'];
  const kindOf = (p: Partnership): string => research.evidence.get(p.code) ?? 'none';
  const formerCount = [...municipal.formerNames.values()].reduce((n, l) => n + l.length, 0);
  return [
    '## Coverage',
    '',
    `Of ${list.length} partnerships. The evidence columns say how the research tied the partnership's name to its code: the page states the code (code), lists its municipalities or region (area), or is the partnership's own site with a matching area (own-site).`,
    '',
    `| field | partnerships | ${kinds.map((k) => `evidence: ${k}`).join(' | ')} |`,
    `| --- | --- | ${kinds.map(() => '---').join(' | ')} |`,
    ...rows.map(([label, test]) => {
      const having = list.filter(test);
      return `| ${label} | ${having.length} | ${kinds.map((k) => having.filter((p) => kindOf(p) === k).length).join(' | ')} |`;
    }),
    '',
    '## Municipalities of today',
    '',
    `- Municipalities of today (CBS 2026): ${todayCount}; known to the finder and the overview's \`municipality\` filter (in some partnership's area): ${knownCount}.`,
    `- Former names that lead to a municipality of today: ${formerCount}, under ${municipal.formerNames.size} municipalities; other names in use: ${[...municipal.alternateNames.values()].flat().length}.`,
    `- Postcodes of a split 2015 municipality placed by the changes file's postcode checks: ${municipal.resolvedByPc4.filter((r) => r.how === 'changes').length}; by the municipality of the schools there (DUO, 2024): ${municipal.resolvedByPc4.filter((r) => r.how === 'schools').length}.`,
    `- Postcodes that stay ambiguous (no school there, or schools in more than one successor): ${municipal.ambiguous.length}. Each is given to the main successor:`,
    '',
    ...(municipal.ambiguous.length
      ? municipal.ambiguous.map((a) => `  - ${a.pc4} (${a.from} in 2015): ${a.candidates.join(' or ')}; given to ${a.to}`)
      : ['  - none']),
    '',
    '## Fields left out',
    '',
    'Each fact the research gives but the dataset leaves out, with the reason.',
    '',
    ...research.leftOut.map((l) => `- ${l.code} ${l.field}: ${l.reason}`),
    '',
  ];
}
