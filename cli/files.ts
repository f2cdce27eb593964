/** File helpers for the command-line tool: reading inputs with clear errors, writing atomically. */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SAFE_URL_PATTERN } from '../src/format/urls.js';

/** A problem with an input file, reported as `file:line: message`. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
  }
}

export function readInput(file: string): Buffer {
  if (!existsSync(file)) throw new InputError(file, undefined, 'file not found');
  return readFileSync(file);
}

/** A tab-separated file with a header row, as records by column name. */
export function readTsv(file: string, required: string[]): { line: number; cells: Record<string, string> }[] {
  const lines = readInput(file).toString('utf8').replace(/\r/g, '').split('\n');
  const header = lines[0]!.split('\t').map((h) => h.trim());
  for (const name of required) if (!header.includes(name)) throw new InputError(file, 1, `no column "${name}"`);
  return lines
    .slice(1)
    .map((line, index) => ({ line: index + 2, text: line }))
    .filter(({ text }) => text.trim())
    .map(({ line, text }) => {
      const values = text.split('\t');
      return { line, cells: Object.fromEntries(header.map((h, i) => [h, (values[i] ?? '').trim()])) };
    });
}

/** A JSON file, or an `InputError` that names it. */
export function readJson<T>(file: string): T {
  try {
    return JSON.parse(readInput(file).toString('utf8')) as T;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, undefined, `not JSON (${(error as Error).message})`);
  }
}

/** Stable JSON: the same data always gives the same bytes. Compact: these files travel to every reader. */
export const toJson = (value: unknown): string => `${JSON.stringify(value)}\n`;

/**
 * Writes a whole folder of files or nothing: everything goes to a sibling temp folder first,
 * which then replaces the target in one rename.
 */
export function writeFolderAtomically(target: string, files: Map<string, string>): void {
  const temp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    for (const [name, content] of files) {
      mkdirSync(dirname(join(temp, name)), { recursive: true });
      writeFileSync(join(temp, name), content);
    }
    if (existsSync(target)) renameSync(target, old);
    renameSync(temp, target);
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    throw error;
  }
}

/** Writes one file or nothing (write aside, then rename). */
export function writeFileAtomically(target: string, content: string): void {
  const temp = `${target}.tmp-${process.pid}`;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(temp, content);
  renameSync(temp, target);
}

/**
 * A website as DUO writes it ("www.school.nl", "https://...") as a link the format accepts:
 * `http://` in front when there is no scheme (it redirects to https where a site has it, and
 * never breaks one that has not), the scheme in lower case; undefined when it is no safe link.
 */
export function toWebsite(address: string | null | undefined): string | undefined {
  const trimmed = address?.trim();
  if (!trimmed) return undefined;
  const url = /^https?:\/\//i.test(trimmed) ? trimmed.replace(/^https?/i, (scheme) => scheme.toLowerCase()) : `http://${trimmed}`;
  return SAFE_URL_PATTERN.test(url) && !/\s/.test(url) ? url : undefined;
}
