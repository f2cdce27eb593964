/**
 * The validator as the elements use it: the same checks as `validate.ts`, but the message table
 * is only downloaded when a document has problems, which keeps the script-tag file small.
 */
import { SwvDataSchema, SwvLookupSchema, SwvSchoolsSchema } from './schema.js';
import { check, describe, type Validation } from './check.js';
import type { SwvData, SwvLookup, SwvSchools } from './types.js';

function validator<T>(schema: Parameters<typeof check<T>>[0]) {
  return async (input: unknown): Promise<Validation<T>> => {
    const result = check(schema, input);
    return result.ok ? result : { ok: false, problems: describe(result.found, (await import('./messages.js')).MESSAGES) };
  };
}

export const checkData: (input: unknown) => Promise<Validation<SwvData>> = validator(SwvDataSchema);
export const checkSchools: (input: unknown) => Promise<Validation<SwvSchools>> = validator(SwvSchoolsSchema);
export const checkLookup: (input: unknown) => Promise<Validation<SwvLookup>> = validator(SwvLookupSchema);
