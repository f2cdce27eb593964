/**
 * The validator as the elements use it. The checks (valibot and the schema) are not in the
 * script-tag file: they load on first use, beside the data (`prepareChecks()` starts that early).
 */
import { OnDemand } from '../internal/on-demand.js';
import type { Validation } from './check.js';
import type { Repairs } from './check-documents.js';
import type { SwvData, SwvLookup, SwvMap, SwvSchools } from './types.js';
import { DEFAULT_DATA_URL } from '../default-data.js';

const checks = new OnDemand(() => import('./check-documents.js'));

/** Starts loading the checks, so they are there when the data arrives. */
export const prepareChecks = (): Promise<unknown> => checks.load();

/** Checks a swv-data document; invalid fields and unusable records are left out, the rest comes back (see `repairsOf`). */
export const checkData = async (input: unknown): Promise<Validation<SwvData>> => (await checks.load()).checkData(input);
/** Checks a separate swv-schools file. */
export const checkSchools = async (input: unknown): Promise<Validation<SwvSchools>> => (await checks.load()).checkSchools(input);
/** Checks one part of a lookup. */
export const checkLookup = async (input: unknown): Promise<Validation<SwvLookup>> => (await checks.load()).checkLookup(input);
/** Checks a swv-map file. */
export const checkMap = async (input: unknown): Promise<Validation<SwvMap>> => (await checks.load()).checkMap(input);

/** What was left out of a checked document to show the rest, if anything. */
export const repairsOf = (checked: object): Repairs | undefined => checks.module?.repairs.get(checked);

export type { Repairs };

/** The folder of the packaged default data. */
const PACKAGED = new URL('.', DEFAULT_DATA_URL).href;

/** Whether the file at `url` is part of the packaged default data. */
const isPackaged = (url: string | undefined): boolean => !!url?.startsWith(PACKAGED);

/**
 * The check for a file at `url`: `check`, except for the packaged default data. That was validated
 * when it was built and comes with this very package, so its files are taken as they are and a
 * page on the default data never downloads the validator. Data from `src` or the `data` property
 * is always checked.
 */
export function checkerFor<T>(url: string | undefined, check: (input: unknown) => Promise<Validation<T>>): (input: unknown) => Promise<Validation<T>> {
  return isPackaged(url) ? (trusted as (input: unknown) => Promise<Validation<T>>) : check;
}

/** One function for every packaged file, so that the loader shares each file's request (it keys requests by check and URL). */
const trusted = async (input: unknown): Promise<Validation<unknown>> => ({ ok: true, value: input });

/** Starts loading the checks when the file at `url` will need them (not for the packaged data). */
export const prepareChecksFor = (url: string | undefined): Promise<unknown> => (isPackaged(url) ? Promise.resolve() : prepareChecks());
