/** Readers for the public source files in shared/data/source/ (see PROVENANCE.md there). */
import { unzipSync } from 'fflate';
import { InputError, readInput } from './files.js';

export interface Pc4Row {
  pc4: string;
  municipality: string;
  /** PO code, or undefined where the regulation names no partnership (Europoort). */
  po?: string;
  vo?: string;
}

/** The regulation's table `| PC4 | gemeente | PO SWV | VO SWV |` (2015 version). */
export function readPc4Table(file: string): Pc4Row[] {
  const lines = readInput(file).toString('utf8').split('\n');
  const rows: Pc4Row[] = [];
  const code = (value: string): string | undefined => (/^(PO|VO)[0-9]{4}$/.test(value) ? value : undefined);
  lines.forEach((line, index) => {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 6 || !/^[0-9]{4}$/.test(cells[1]!)) return;
    const [, pc4, municipality, po, vo] = cells as [string, string, string, string, string];
    if (!municipality) throw new InputError(file, index + 1, `PC4 ${pc4} has no municipality`);
    if (!code(po) && po !== 'Europoort') throw new InputError(file, index + 1, `unexpected PO code "${po}"`);
    if (!code(vo) && vo !== 'Europoort') throw new InputError(file, index + 1, `unexpected VO code "${vo}"`);
    rows.push({ pc4, municipality, po: code(po), vo: code(vo) });
  });
  if (rows.length < 1000) throw new InputError(file, undefined, `expected the PC4 table, found ${rows.length} rows`);
  return rows;
}

export interface SchoolLocation {
  naam: string;
  type: string;
  denominatie: string | null;
  internetadres: string | null;
  straat: string | null;
  huisnummer: number | null;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
  postcode: string;
  plaats: string | null;
  gemeente: string | null;
  brin_nummer: string;
  vestigingscode: string;
}

/** The school locations in the EduGIS zip (one GeoJSON file inside). */
export function readSchoolLocations(file: string): SchoolLocation[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(readInput(file)));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, undefined, `not a readable zip file (${(error as Error).message})`);
  }
  const name = Object.keys(entries).find((entry) => entry.endsWith('.geo.json') || entry.endsWith('.geojson'));
  if (!name) throw new InputError(file, undefined, 'no .geo.json file inside the zip');
  let geo: { features?: { properties: SchoolLocation }[] };
  try {
    geo = JSON.parse(new TextDecoder().decode(entries[name]));
  } catch (error) {
    throw new InputError(`${file}/${name}`, undefined, `not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(geo.features)) throw new InputError(`${file}/${name}`, undefined, 'no features');
  return geo.features.map((feature) => feature.properties);
}
