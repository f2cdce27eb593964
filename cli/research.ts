/**
 * The research files about the partnerships (shared/data/source/swv-research-2026-11.tsv and
 * swv-opr-research-2026-11.tsv, with our own additions in data/curated/), and the decisions we
 * took on them (data/curated/decisions.tsv: the short name, other names, and every field left out
 * because its notes doubt it), turned into partnership fields, each with the page it comes from.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { InputError, readTsv, toWebsite } from './files.js';
import type { Address, Change, Contact, LocalText, Opr, Partnership, Source, SourceRef, SupportPlan } from '../src/format/types.js';

export const RESEARCH_COLUMNS = ['code', 'name', 'legal_name', 'website', 'phone', 'email', 'address', 'opr_url', 'evidence', 'source_url', 'notes'];
export const OPR_COLUMNS = [
  'code',
  'opr_url',
  'seats_total',
  'seats_staff',
  'seats_parents',
  'seats_pupils',
  'vacancies',
  'vacancies_date',
  'opr_email',
  'plan_title',
  'plan_from',
  'plan_to',
  'plan_url',
  'plan_opr_consent_date',
  'source_urls',
  'notes',
];
const DECISION_COLUMNS = ['code', 'name', 'alternate_names', 'left_out', 'join'];

/** When the research was done: the date every web source was read (PROVENANCE.md: "read 2026-11"). */
export const READ_ON = '2026-11';

/** How members join an OPR, in our own words per way the research found. */
const HOW_TO_JOIN: Record<string, LocalText> = {
  mr: {
    nl: 'De leden komen uit de medezeggenschapsraden (MR) van de scholen. Wilt u lid worden? Vraag het aan de MR van de school van uw kind.',
    en: "Members come from the schools' participation councils (MR). Would you like to join? Ask the MR of your child's school.",
  },
  election: {
    nl: 'De leden worden gekozen. Wilt u lid worden? Stel u kandidaat bij de volgende verkiezing. Op de website van de OPR staat wanneer die is.',
    en: "Members are elected. Would you like to join? Stand as a candidate at the next election. The OPR's website says when it is.",
  },
  board: {
    nl: 'Elk schoolbestuur stuurt eigen leden naar de OPR. Wilt u lid worden? Vraag op de school van uw kind hoe dat bij hun bestuur gaat.',
    en: "Each school board sends its own members to the OPR. Would you like to join? Ask your child's school how their board does this.",
  },
  email: {
    nl: 'Wilt u lid worden? Stuur een e-mail naar de secretaris van de OPR.',
    en: "Would you like to join? Send an e-mail to the OPR's secretary.",
  },
  form: {
    nl: 'Wilt u lid worden? Meld u aan met het formulier op de website. Zijn er meer kandidaten dan plekken? Dan zijn er verkiezingen.',
    en: 'Would you like to join? Sign up with the form on the website. If there are more candidates than places, there is an election.',
  },
};

/** Fields a decision can leave out, as they are named in decisions.tsv and the report. */
const LEAVABLE = ['name', 'legalName', 'website', 'phone', 'email', 'address', 'opr', 'supportPlans', 'vacancies'] as const;
type Leavable = (typeof LEAVABLE)[number];

export interface LeftOut {
  code: string;
  field: string;
  reason: string;
}

export interface ResearchFacts {
  fields: Map<string, Partial<Partnership>>;
  /** One source per web page cited. */
  sources: Source[];
  leftOut: LeftOut[];
  /** Per field: which kind of evidence ties the name to the code, for the coverage table. */
  evidence: Map<string, string>;
}

/** The web page as a source: its address is its title, read in November 2026. */
export function webSource(url: string, sources: Map<string, Source>): string {
  const clean = url.replace(/[.,;)]+$/, '');
  const known = sources.get(clean);
  if (known) return known.id;
  const parsed = new URL(clean);
  const title = `${parsed.host.replace(/^www\./, '')}${parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/$/, '')}${parsed.search}`;
  const id = `web-${createHash('sha256').update(clean).digest('hex').slice(0, 10)}`;
  sources.set(clean, {
    id,
    title: title.length > 120 ? `${title.slice(0, 117)}...` : title,
    url: clean,
    date: READ_ON,
    note: { nl: 'Webpagina, gelezen in november 2026.', en: 'Web page, read in November 2026.' },
  });
  return id;
}

/** "0411 – 671 607" → "0411-671 607": the format allows digits, spaces, brackets and hyphens. */
function toPhone(text: string): string | undefined {
  const phone = text.replace(/\s*[–—]\s*/g, '-').replace(/\s+/g, ' ').trim();
  return /^\+?[0-9 ()-]{6,20}$/.test(phone) ? phone : undefined;
}

const toEmail = (text: string): string | undefined => (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(text) ? text : undefined);

/** "Street 1, 1234 AB City" → an address; a postcode is optional ("Bachstraat 3, Gouda"). */
function parseAddress(text: string): Address | undefined {
  const parts = text.split(',').map((p) => p.trim());
  const last = parts.pop();
  if (!last || parts.length === 0) return undefined;
  const match = /^([1-9][0-9]{3}) ?([A-Z]{2})\s+(.+)$/.exec(last);
  return { street: parts.join(', '), ...(match ? { postcode: `${match[1]} ${match[2]}`, city: match[3]! } : { city: last }) };
}

/**
 * The research's address cell: "Street 1, 1234 AB City (post: Postbus 1, 1234 AA City)", or one
 * address followed by a remark: "(postadres)" makes it the postal address.
 */
function parseAddresses(text: string): Pick<Contact, 'visitingAddress' | 'postalAddress'> {
  const post = /\(post:\s*([^)]+)\)/.exec(text);
  const remark = /\(([^)]*)\)\s*$/.exec(text);
  const main = text.replace(/\([^)]*\)/g, '').trim();
  const address = parseAddress(main);
  const postal = post ? parseAddress(post[1]!) : undefined;
  const isPostal = !post && !!remark && /postadres/i.test(remark[1]!);
  return {
    ...(address && !isPostal ? { visitingAddress: address } : {}),
    ...(address && isPostal ? { postalAddress: address } : {}),
    ...(postal ? { postalAddress: postal } : {}),
  };
}

const count = (text: string): number | undefined => (/^[0-9]+$/.test(text) ? Number(text) : undefined);
const year = (text: string): number | undefined => (/^[12][0-9]{3}/.test(text) ? Number(text.slice(0, 4)) : undefined);

/** The decisions file: per code the short name, other names, fields left out (with reasons), how to join. */
function readDecisions(file: string): Map<string, { name?: string; alternateNames: string[]; leftOut: Map<Leavable, string>; join?: string }> {
  const out = new Map<string, { name?: string; alternateNames: string[]; leftOut: Map<Leavable, string>; join?: string }>();
  for (const { line, cells } of readTsv(file, DECISION_COLUMNS)) {
    const leftOut = new Map<Leavable, string>();
    for (const part of cells.left_out!.split(/;\s*(?=[a-zA-Z, ]+:)/).filter(Boolean)) {
      const [fields, ...reason] = part.split(':');
      for (const field of fields!.split(',').map((f) => f.trim())) {
        if (!(LEAVABLE as readonly string[]).includes(field)) throw new InputError(file, line, `cannot leave out "${field}"`);
        leftOut.set(field as Leavable, reason.join(':').trim());
      }
    }
    if (cells.join && !HOW_TO_JOIN[cells.join]) throw new InputError(file, line, `unknown way to join "${cells.join}"`);
    out.set(cells.code!, {
      ...(cells.name ? { name: cells.name } : {}),
      alternateNames: cells.alternate_names!.split(';').map((n) => n.trim()).filter(Boolean),
      leftOut,
      ...(cells.join ? { join: cells.join } : {}),
    });
  }
  return out;
}

/** Rows by code; a later file's row for a code replaces the earlier one (our additions after the shared research). */
function rowsByCode(files: string[], columns: string[]): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  // The shared file must be there (readTsv says so when it is not); our additions are optional.
  for (const file of files.filter((f, i) => i === 0 || existsSync(f))) for (const { cells } of readTsv(file, columns)) out.set(cells.code!, cells);
  return out;
}

export interface CuratedChange {
  codes: string[];
  date?: string;
  kind: Change['kind'];
  municipalities?: string[];
  url: string;
  text: LocalText;
}

/**
 * Partnership fields from the research files. `researchFiles` and `oprFiles`: the shared file
 * first, then our additions; `decisionsFile`: data/curated/decisions.tsv.
 */
export function readResearch(researchFiles: string[], oprFiles: string[], decisionsFile: string, changes: CuratedChange[]): ResearchFacts {
  const research = rowsByCode(researchFiles, RESEARCH_COLUMNS);
  const oprRows = rowsByCode(oprFiles, OPR_COLUMNS);
  const decisions = readDecisions(decisionsFile);
  const sources = new Map<string, Source>();
  const leftOut: LeftOut[] = [];
  const evidence = new Map<string, string>();
  const fields = new Map<string, Partial<Partnership>>();

  for (const code of [...new Set([...research.keys(), ...oprRows.keys()])].sort()) {
    const row = research.get(code);
    const oprRow = oprRows.get(code);
    const decision = decisions.get(code);
    if (!decision) throw new InputError(decisionsFile, undefined, `no decision for ${code}: add a row (an empty name means "shown by its code")`);
    const skip = (field: Leavable, present: boolean): boolean => {
      const reason = decision.leftOut.get(field);
      if (reason && present) leftOut.push({ code, field, reason });
      return !!reason;
    };
    const p: Partial<Partnership> = {};
    const refs: SourceRef[] = [];
    const cite = (url: string | undefined, names: string[]): void => {
      if (!url || names.length === 0) return;
      const id = webSource(url, sources);
      const ref = refs.find((r) => r.source === id);
      if (ref) ref.fields = [...new Set([...(ref.fields ?? []), ...names])];
      else refs.push({ source: id, fields: names });
    };

    if (row) {
      const cited: string[] = [];
      const researchName = row.name;
      if (decision.name) {
        if (!skip('name', true)) {
          p.name = decision.name;
          cited.push('name');
        }
      } else if (researchName) {
        const reason = decision.leftOut.get('name') ?? "the research's name is no name the partnership uses itself; shown by its code";
        leftOut.push({ code, field: 'name', reason: `"${researchName}": ${reason}` });
      }
      const alternates = decision.alternateNames.filter((n) => n !== p.name);
      if (alternates.length) {
        p.alternateNames = alternates;
        cited.push('alternateNames');
      }
      const legal = row.legal_name?.replace(/\s*\(.*\)$/, '');
      if (legal && !skip('legalName', true)) {
        p.legalName = legal;
        cited.push('legalName');
        const form = /^stichting\b/i.test(legal) ? 'stichting' : /^vereniging\b/i.test(legal) ? 'vereniging' : undefined;
        if (form) {
          p.legalForm = form;
          cited.push('legalForm');
        }
      }
      const contact: Contact = {};
      const website = toWebsite(row.website);
      if (website && !skip('website', true)) contact.website = website;
      const phone = row.phone ? toPhone(row.phone) : undefined;
      if (row.phone && !phone) leftOut.push({ code, field: 'phone', reason: `"${row.phone}" is no phone number the format accepts` });
      if (phone && !skip('phone', true)) contact.phone = phone;
      const email = row.email ? toEmail(row.email) : undefined;
      if (email && !skip('email', true)) contact.email = email;
      if (row.address && !skip('address', true)) Object.assign(contact, parseAddresses(row.address));
      if (Object.keys(contact).length) {
        p.contact = contact;
        cited.push(...Object.keys(contact).map((k) => `contact.${k}`));
      }
      cite(row.source_url, cited);
      if (row.evidence && row.evidence !== 'none') evidence.set(code, row.evidence);
    } else if (decision.name) {
      throw new InputError(decisionsFile, undefined, `${code} has a name but no research row to cite`);
    }

    // The OPR: its page (the OPR file first, else the research file), seats, vacancies with their date, e-mail, how to join.
    const oprUrl = toWebsite(oprRow?.opr_url || row?.opr_url);
    const opr: Opr = {};
    const oprCited: string[] = [];
    if (!skip('opr', !!oprUrl || !!oprRow?.seats_total)) {
      if (oprUrl) opr.website = oprUrl;
      if (oprRow) {
        const seats = Object.fromEntries(
          (['total', 'staff', 'parents', 'pupils'] as const)
            .map((group) => [group, count(oprRow[`seats_${group}`] ?? '')] as const)
            .filter(([group, n]) => n !== undefined && !(group === 'pupils' && n === 0)),
        );
        if (Object.keys(seats).length) opr.seats = seats;
        const vacancies = count(oprRow.vacancies ?? '');
        const vacanciesDate = oprRow.vacancies_date;
        if (vacancies !== undefined && vacanciesDate && !skip('vacancies', true)) {
          opr.vacancies = vacancies;
          opr.vacanciesDate = vacanciesDate;
        } else if (vacancies !== undefined && !vacanciesDate) {
          leftOut.push({ code, field: 'opr.vacancies', reason: `the page gives ${vacancies} without a date; a count without a date would mislead` });
        }
        const email = toEmail(oprRow.opr_email ?? '');
        if (email) opr.email = email;
        if (decision.join) opr.howToJoin = HOW_TO_JOIN[decision.join]!;
        oprCited.push(...Object.keys(opr));
      } else if (opr.website) {
        oprCited.push('website');
      }
    }
    if (Object.keys(opr).length) {
      const urls = [...(oprRow?.source_urls ?? '').split('|').map((u) => u.trim()), oprRow?.opr_url, row?.opr_url].filter((u): u is string => !!u && /^https?:\/\//.test(u));
      const oprRefs: SourceRef[] = urls.length ? [{ source: webSource(urls[0]!, sources), fields: oprCited }] : [];
      p.opr = { ...opr, sources: oprRefs };
    }

    // The current support plan, when the research found one.
    if (oprRow?.plan_title && !skip('supportPlans', true)) {
      const from = year(oprRow.plan_from ?? '');
      const to = year(oprRow.plan_to ?? '');
      const plan: SupportPlan = {
        title: oprRow.plan_title,
        ...(from ? { period: { from, ...(to ? { to } : {}) } } : {}),
        ...(toWebsite(oprRow.plan_url) ? { url: toWebsite(oprRow.plan_url)! } : {}),
        ...(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(oprRow.plan_opr_consent_date ?? '') ? { oprConsentDate: oprRow.plan_opr_consent_date } : {}),
      };
      p.supportPlans = [plan];
      const planSource = oprRow.plan_url || (oprRow.source_urls ?? '').split('|').map((u) => u.trim()).find((u) => /^https?:/.test(u));
      cite(planSource, ['supportPlans']);
    }

    // What changed since 2015.
    const mine = changes.filter((c) => c.codes.includes(code));
    if (mine.length) {
      p.changes = mine.map((c) => ({
        ...(c.date ? { date: c.date } : {}),
        kind: c.kind,
        text: c.text,
        ...(c.codes.length > 1 ? { codes: c.codes.filter((other) => other !== code) } : {}),
        ...(c.municipalities ? { municipalities: c.municipalities } : {}),
        sources: [{ source: webSource(c.url, sources) }],
      }));
    }
    if (refs.length) p.sources = refs;
    fields.set(code, p);
  }
  return { fields, sources: [...sources.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), leftOut, evidence };
}
