/**
 * The validator as the elements use it (through `validate-async.ts`, which loads this module on
 * demand): the same checks as `validate.ts`, but the message table is only downloaded when a
 * document has problems, and links with an unsafe scheme are dropped instead of failing the document.
 */
import { SwvDataSchema, SwvLookupSchema, SwvSchoolsSchema } from './schema.js';
import { check, describe, type Problem, type Validation } from './check.js';
import type { SwvData, SwvLookup, SwvSchools } from './types.js';

/**
 * Links the elements dropped from a document because their scheme is not allowed
 * (`javascript:`, `data:`, ...): the document is shown without them. Keyed by the checked document.
 */
export const droppedLinks = new WeakMap<object, Problem[]>();

/** `partnerships[3].contact.website` → `['partnerships', 3, 'contact', 'website']`. */
function pathKeys(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** A copy of the input without the values at these paths. */
function without(input: unknown, paths: string[]): unknown {
  const copy: unknown = structuredClone(input);
  for (const path of paths) {
    const keys = pathKeys(path);
    const last = keys.pop();
    let parent = copy as Record<string | number, unknown> | undefined;
    for (const key of keys) parent = parent?.[key] as Record<string | number, unknown> | undefined;
    if (parent && typeof parent === 'object' && last !== undefined) delete parent[last];
  }
  return copy;
}

function validator<T>(schema: Parameters<typeof check<T>>[0]) {
  return async (input: unknown): Promise<Validation<T>> => {
    const result = check(schema, input);
    if (result.ok) return result;
    const messages = (await import('./messages.js')).MESSAGES;
    // Only unsafe links wrong: show the rest, without those links, and say which were dropped.
    if (result.found.every((problem) => problem.key === 'url')) {
      const repaired = check(
        schema,
        without(
          input,
          result.found.map((problem) => problem.path),
        ),
      );
      if (repaired.ok) {
        droppedLinks.set(repaired.value as object, describe(result.found, messages));
        return repaired;
      }
    }
    return { ok: false, problems: describe(result.found, messages) };
  };
}

export const checkData: (input: unknown) => Promise<Validation<SwvData>> = validator(SwvDataSchema);
export const checkSchools: (input: unknown) => Promise<Validation<SwvSchools>> = validator(SwvSchoolsSchema);
export const checkLookup: (input: unknown) => Promise<Validation<SwvLookup>> = validator(SwvLookupSchema);
