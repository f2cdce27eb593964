/**
 * The validator as the elements use it. The checks (valibot and the schema) are not in the
 * script-tag file: they load on first use, beside the data (`prepareChecks()` starts that early).
 */
import { OnDemand } from '../internal/on-demand.js';
import type { Problem, Validation } from './check.js';
import type { SwvData, SwvLookup, SwvSchools } from './types.js';

const checks = new OnDemand(() => import('./check-documents.js'));

/** Starts loading the checks, so they are there when the data arrives. */
export const prepareChecks = (): Promise<unknown> => checks.load();

/** Checks a swv-data document; when only links are unsafe, the document comes back without them (see `droppedLinksOf`). */
export const checkData = async (input: unknown): Promise<Validation<SwvData>> => (await checks.load()).checkData(input);
/** Checks a separate swv-schools file. */
export const checkSchools = async (input: unknown): Promise<Validation<SwvSchools>> => (await checks.load()).checkSchools(input);
/** Checks one part of a lookup. */
export const checkLookup = async (input: unknown): Promise<Validation<SwvLookup>> => (await checks.load()).checkLookup(input);

/** The unsafe links dropped from a checked document (`javascript:`, `data:`, ...), if any. */
export const droppedLinksOf = (checked: object): Problem[] | undefined => checks.module?.droppedLinks.get(checked);
