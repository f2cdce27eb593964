/**
 * Parts of a dataset (lookup files, school files, the school names): loaded relative to the data
 * file, checked unless they belong to the packaged data, and a clear console message when the index
 * loaded but its parts are missing — what a bundler that copied only `index.json` leaves behind.
 */
import { load, resolvePart } from './loader.js';
import { SwvLoadError } from './load-error.js';
import { checkerFor } from '../format/validate-async.js';
import type { Validation } from '../format/check.js';

/** Data files whose missing parts were reported: once per data file. */
const reported = new Set<string>();

/** Loads the part at `href` of the data file at `dataUrl` (or of the document without one). */
export async function loadPart<T>(
  href: string,
  dataUrl: string | undefined,
  check: (input: unknown) => Promise<Validation<T>>,
  signal?: AbortSignal,
): Promise<T> {
  const url = resolvePart(href, dataUrl);
  try {
    return await load(url, checkerFor(url, check), signal);
  } catch (error) {
    if (dataUrl && error instanceof SwvLoadError && error.kind === 'http' && error.details.status === 404 && !reported.has(dataUrl)) {
      reported.add(dataUrl);
      console.warn(
        `swv-elements: ${url} is missing (404), although ${dataUrl} loaded. If a bundler copied only index.json, copy its whole folder or say where the data is (configureLoader({ data }) or <meta name="swv-data">): see docs/bundlers.md.`,
      );
    }
    throw error;
  }
}
