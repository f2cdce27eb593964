/** The synchronous validator, with its messages: for Node, the command-line tool and hosts. */
import { SwvDataSchema, SwvLookupSchema, SwvMapSchema, SwvSchoolsSchema } from './schema.js';
import { MESSAGES } from './messages.js';
import { check, describe, type Problem, type Validation } from './check.js';
import type { SwvData, SwvLookup, SwvMap, SwvSchools } from './types.js';
import type { Locale } from '../i18n/locale.js';

export type { Problem, Validation };

function validator<T>(schema: Parameters<typeof check<T>>[0]) {
  return (input: unknown): Validation<T> => {
    const result = check(schema, input);
    return result.ok ? result : { ok: false, problems: describe(result.found, MESSAGES) };
  };
}

/** Checks a swv-data document: every problem with its JSON path. Unknown extra fields are tolerated. */
export const validateData: (input: unknown) => Validation<SwvData> = validator(SwvDataSchema);
/** Checks a separate swv-schools file. */
export const validateSchools: (input: unknown) => Validation<SwvSchools> = validator(SwvSchoolsSchema);

/** Checks one part of a lookup. */
export const validateLookup: (input: unknown) => Validation<SwvLookup> = validator(SwvLookupSchema);

/** Checks a swv-map file. */
export const validateMap: (input: unknown) => Validation<SwvMap> = validator(SwvMapSchema);

/**
 * One line per problem, e.g. for a terminal: `partnerships[3].contact.website: must be ...`. The
 * messages are for whoever keeps the data: Dutch, or English for every other locale.
 */
export function formatProblem(problem: Problem, locale: Locale): string {
  return `${problem.path || '(document)'}: ${problem.message[locale === 'nl' ? 'nl' : 'en']}`;
}
