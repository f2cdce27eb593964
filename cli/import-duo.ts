/**
 * `swv-data import-duo`: DUO's open-data files about partnerships into the swv-data format.
 * - the address file ("Samenwerkingsverbanden ..."): ADMINISTRATIENUMMER, SAMENWERKINGSVERBAND,
 *   ADRES, POSTCODE, PLAATSNAAM, CORRESPONDENTIEADRES, POSTCODE CORRESPONDENTIEADRES,
 *   PLAATSNAAM CORRESPONDENTIEADRES, TELEFOONNUMMER, INTERNETADRES (those present are used)
 * - the schools file ("Scholen per samenwerkingsverband"): ADMINISTRATIENUMMER, BRIN NUMMER,
 *   VESTIGINGSNUMMER (or none: the main location, 00), and a name column
 * Both `;`-separated, windows-1252, with upper-case headers. Memberships read here are "read".
 */
import { InputError, readInput, toWebsite } from './files.js';
import { normalizeCode } from '../src/format/codes.js';
import { FORMAT_VERSION } from '../src/format/schema.js';
import type { Address, Partnership, School, SwvData } from '../src/format/types.js';

type Row = { line: number; get: (column: string) => string | undefined };

/** Reads a DUO CSV: windows-1252, `;`-separated, quoted fields with "" escapes, upper-case headers. */
export function readDuoCsv(file: string): Row[] {
  const text = new TextDecoder('windows-1252').decode(readInput(file));
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((c) => c.trim())) records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      recordLine = ++line;
    } else cell += char;
  }
  if (quoted) throw new InputError(file, recordLine, 'a quoted field is not closed');
  if (cell || cells.length) {
    cells.push(cell);
    if (cells.some((c) => c.trim())) records.push({ line: recordLine, cells });
  }
  const [header, ...rows] = records;
  if (!header) throw new InputError(file, undefined, 'the file is empty');
  const columns = header.cells.map((c) => c.trim().toUpperCase());
  return rows.map((row) => {
    if (row.cells.length !== columns.length) throw new InputError(file, row.line, `expected ${columns.length} fields, found ${row.cells.length}`);
    return { line: row.line, get: (column) => row.cells[columns.indexOf(column)]?.trim() || undefined };
  });
}

function require(file: string, row: Row, column: string): string {
  const value = row.get(column);
  if (!value) throw new InputError(file, row.line, `column ${column} is empty or missing`);
  return value;
}

const postcode = (value: string | undefined): string | undefined => {
  const match = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/.exec(value ?? '');
  return match ? `${match[1]} ${match[2]!.toUpperCase()}` : undefined;
};

function address(street: string | undefined, pc: string | undefined, city: string | undefined): Address | undefined {
  const result = Object.fromEntries(Object.entries({ street, postcode: postcode(pc), city }).filter(([, v]) => v));
  return Object.keys(result).length ? (result as Address) : undefined;
}

export interface ImportOptions {
  addresses: string;
  schools?: string;
  /** Reference date of the DUO files (YYYY-MM-DD). */
  date: string;
}

export function importDuo({ addresses, schools, date }: ImportOptions): SwvData {
  const partnerships = new Map<string, Partnership>();
  for (const row of readDuoCsv(addresses)) {
    const raw = require(addresses, row, 'ADMINISTRATIENUMMER');
    const code = normalizeCode(raw);
    if (!code) throw new InputError(addresses, row.line, `"${raw}" is not a partnership code`);
    const contact = {
      visitingAddress: address(row.get('ADRES'), row.get('POSTCODE'), row.get('PLAATSNAAM')),
      postalAddress: address(row.get('CORRESPONDENTIEADRES'), row.get('POSTCODE CORRESPONDENTIEADRES'), row.get('PLAATSNAAM CORRESPONDENTIEADRES')),
      phone: row.get('TELEFOONNUMMER'),
      website: toWebsite(row.get('INTERNETADRES')),
    };
    partnerships.set(code, {
      code,
      sector: code.startsWith('PO') ? 'po' : 'vo',
      scope: code.slice(2, 4) === '00' ? 'national' : 'regional',
      name: require(addresses, row, 'SAMENWERKINGSVERBAND'),
      contact: Object.fromEntries(Object.entries(contact).filter(([, v]) => v)),
      sources: [{ source: 'duo-swv', date }],
    });
  }
  if (schools) {
    for (const row of readDuoCsv(schools)) {
      const code = normalizeCode(require(schools, row, 'ADMINISTRATIENUMMER'));
      const partnership = code && partnerships.get(code);
      if (!partnership) throw new InputError(schools, row.line, `partnership ${row.get('ADMINISTRATIENUMMER')} is not in ${addresses}`);
      const brin = require(schools, row, 'BRIN NUMMER').toUpperCase();
      const location = (row.get('VESTIGINGSNUMMER') ?? '00').padStart(2, '0').slice(-2);
      const name = row.get('VESTIGINGSNAAM') ?? row.get('INSTELLINGSNAAM') ?? row.get('NAAM');
      if (!name) throw new InputError(schools, row.line, 'no school name (VESTIGINGSNAAM, INSTELLINGSNAAM or NAAM)');
      const school: School = { locationCode: `${brin}${location}`, brin, name, membership: 'read', sources: [{ source: 'duo-swv-scholen', date }] };
      const city = row.get('PLAATSNAAM');
      if (city) school.address = { city };
      partnership.schools = [...((partnership.schools as School[] | undefined) ?? []), school];
    }
  }
  return {
    format: 'swv-data',
    version: FORMAT_VERSION,
    title: 'Samenwerkingsverbanden volgens DUO',
    referenceDate: date,
    sources: [
      { id: 'duo-swv', title: 'Samenwerkingsverbanden (DUO open onderwijsdata)', publisher: 'DUO', licence: 'CC0', date },
      ...(schools
        ? [{ id: 'duo-swv-scholen', title: 'Scholen per samenwerkingsverband (DUO open onderwijsdata)', publisher: 'DUO', licence: 'CC0', date }]
        : []),
    ],
    partnerships: [...partnerships.values()].sort((a, b) => (a.code < b.code ? -1 : 1)),
  };
}
