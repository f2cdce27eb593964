/**
 * The validator as the elements use it (through `validate-async.ts`, which loads this module on
 * demand): the same checks as `validate.ts`, but forgiving. A document fails as a whole only when
 * it is not a document of its kind at all (wrong `format` or `version`, not an object, no
 * `partnerships` list): an invalid field is left out, a record that is unusable without it (a
 * partnership without a valid code, a meeting without a date) is left out, and everything else is
 * shown. What was left out is kept with the document (`repairsOf`). The message table is only
 * downloaded when a document has problems.
 */
import { SwvDataSchema, SwvLookupSchema, SwvMapSchema, SwvSchoolsSchema } from './schema.js';
import { check, describe, type Found, type Problem, type Validation } from './check.js';
import type { SwvData, SwvLookup, SwvMap, SwvSchools } from './types.js';

/** What the elements left out of a document to show the rest. */
export interface Repairs {
  /** Every problem of the document as it came, with its path and message. */
  problems: Problem[];
  /** The problems that were links with a scheme that is not allowed (`javascript:`, `data:`, ...). */
  unsafeLinks: Problem[];
  /** Codes of partnerships left out as a whole (unusable without a field that was invalid). */
  droppedCodes: string[];
}

/** Keyed by the checked document: what was left out of it. */
export const repairs = new WeakMap<object, Repairs>();

/** `partnerships[3].contact.website` → `['partnerships', 3, 'contact', 'website']`. */
function pathKeys(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** The path of the object or list that holds the value at `path` (`partnerships[3].code` → `partnerships[3]`). */
const parentOf = (path: string): string => path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');

/** Marks a removed list item until the lists are closed up. */
const GONE = Symbol('gone');

/** Removes the values at these paths from `doc` (in place); list items are removed, not left as holes. */
function cut(doc: unknown, paths: string[]): void {
  const lists = new Set<unknown[]>();
  for (const path of paths) {
    const keys = pathKeys(path);
    const last = keys.pop();
    let parent = doc as Record<string | number, unknown> | undefined;
    for (const key of keys) parent = parent?.[key] as Record<string | number, unknown> | undefined;
    if (!parent || typeof parent !== 'object' || last === undefined) continue;
    if (Array.isArray(parent) && typeof last === 'number') {
      parent[last] = GONE;
      lists.add(parent);
    } else delete parent[last];
  }
  for (const list of lists) for (let i = list.length - 1; i >= 0; i--) if (list[i] === GONE) list.splice(i, 1);
}

/** The code of the partnership at `path` when the path is a whole partnership (`partnerships[3]`). */
function partnershipCode(doc: unknown, path: string): string | undefined {
  const match = /^partnerships\[(\d+)\]$/.exec(path);
  const record = match ? (doc as { partnerships?: { code?: unknown }[] }).partnerships?.[Number(match[1])] : undefined;
  return typeof record?.code === 'string' ? record.code : undefined;
}

/** Left out, step by step: a field, or when the field is required, the record that holds it. At most this many steps. */
const MAX_STEPS = 6;

function validator<T>(schema: Parameters<typeof check<T>>[0]) {
  return async (input: unknown): Promise<Validation<T>> => {
    const first = check(schema, input);
    if (first.ok) return first;
    const messages = (await import('./messages.js')).MESSAGES;
    const fail = (): Validation<T> => ({ ok: false, problems: describe(first.found, messages) });
    // Not a document of this kind (wrong format or version, not an object): nothing to show.
    if (first.found.some((problem) => !problem.path || /^(format|version)$/.test(problem.path))) return fail();
    const doc = structuredClone(input);
    const droppedCodes: string[] = [];
    let found: Found[] = first.found;
    for (let step = 0; step < MAX_STEPS; step++) {
      // A required value that is missing (or was just left out) takes its record with it; one at the top fails the document.
      const paths = found.map(({ path, key }) => (key === 'required' ? parentOf(path) : path));
      if (paths.some((path) => !/[.[]/.test(path))) return fail();
      for (const path of paths) {
        const code = partnershipCode(doc, path);
        if (code) droppedCodes.push(code);
      }
      cut(doc, paths);
      const next = check(schema, doc);
      if (next.ok) {
        const problems = describe(first.found, messages);
        repairs.set(next.value as object, {
          problems,
          unsafeLinks: problems.filter((_, i) => first.found[i]!.key === 'url'),
          droppedCodes,
        });
        return next;
      }
      found = next.found;
    }
    return fail();
  };
}

export const checkData: (input: unknown) => Promise<Validation<SwvData>> = validator(SwvDataSchema);
export const checkSchools: (input: unknown) => Promise<Validation<SwvSchools>> = validator(SwvSchoolsSchema);
export const checkLookup: (input: unknown) => Promise<Validation<SwvLookup>> = validator(SwvLookupSchema);
export const checkMap: (input: unknown) => Promise<Validation<SwvMap>> = validator(SwvMapSchema);
