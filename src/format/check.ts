/**
 * The core of the validator: runs the schema and finds every problem with its JSON path and a
 * message key. `validate.ts` (synchronous) and `validate-async.ts` (for the elements) add the
 * Dutch and English messages.
 */
import type * as v from 'valibot';
import { safeParse } from 'valibot';
import type { Localized } from '../i18n/locale.js';

export interface Problem {
  /** JSON path of the value, e.g. `partnerships[3].contact.website`; empty for the document. */
  path: string;
  message: Localized;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path;
}

/**
 * The message key of an issue: `required` for a missing value, else the key the schema gave the
 * check (a single word), else the kind of check (`string`, `array`, ...).
 */
function keyOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined') return 'required';
  return /^[a-zA-Z0-9]+$/.test(issue.message) ? issue.message : issue.type;
}

export function describe(found: Found[], messages: Record<string, Localized>): Problem[] {
  return found.map(({ path, key }) => ({ path, message: messages[key] ?? messages.unknown! }));
}

/**
 * A union (text or text per language; a school list or a reference) whose input has the shape of
 * one option reports that option's deeper problems, which say exactly what is wrong. Valibot
 * gives those with paths relative to the union, so they get its path in front.
 */
function expand(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown>[] {
  if (issue.type !== 'union' || !issue.issues || typeof issue.input !== 'object' || issue.input === null) return [issue];
  const shape = Array.isArray(issue.input) ? 'array' : 'object';
  const deeper = issue.issues.filter((inner) => inner.path?.[0]?.type === shape);
  const prefix = issue.path ?? [];
  return deeper.length ? deeper.flatMap((inner) => expand({ ...inner, path: [...prefix, ...inner.path!] as typeof inner.path })) : [issue];
}

export interface Found {
  path: string;
  key: string;
}

export function check<T>(schema: v.GenericSchema<unknown, T>, input: unknown): { ok: true; value: T } | { ok: false; found: Found[] } {
  const result = safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, found: result.issues.flatMap(expand).map((issue) => ({ path: pathOf(issue), key: keyOf(issue) })) };
}
