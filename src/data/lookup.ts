/**
 * Large datasets keep "which partnerships does this postcode / school belong to" in small files
 * (`lookups` in the format). This loads the one part a question needs.
 */
import { loadPart } from './parts.js';
import { toPc4, toSchoolCode } from '../format/codes.js';
import { checkLookup } from '../format/validate-async.js';
import type { SwvData } from '../format/types.js';

export interface LookupQuestion {
  kind: 'postcodes' | 'schools';
  /** A PC4 for postcodes, a location code or BRIN for schools. */
  key: string;
}

/** The normalised key of a question: `3442` for "3442 xh", `03RK` for "03rk". */
export function lookupKey(question: LookupQuestion): string | undefined {
  return question.kind === 'postcodes' ? toPc4(question.key) : toSchoolCode(question.key);
}

/**
 * The codes of the partnerships the data's lookup gives for the question: `undefined` when the
 * dataset has no such lookup (its records then carry postcodes and schools inline), `[]` when the
 * lookup does not know the key.
 */
export async function lookUp(data: SwvData, dataUrl: string | undefined, question: LookupQuestion, signal?: AbortSignal): Promise<string[] | undefined> {
  const ref = data.lookups?.[question.kind];
  const key = lookupKey(question);
  if (!ref || !key) return undefined;
  const part = await loadPart(ref.href.replace('{prefix}', encodeURIComponent(key.slice(0, ref.prefixLength ?? 2))), dataUrl, checkLookup, signal);
  // A BRIN matches every location of that school.
  const codes = Object.entries(part.entries)
    .filter(([entry]) => entry === key || (key.length === 4 && entry.startsWith(key)))
    .flatMap(([, value]) => value.partnerships);
  return [...new Set(codes)];
}
