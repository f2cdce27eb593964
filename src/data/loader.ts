/**
 * The one loader every element uses.
 *
 * - One request per URL per page: in-flight and finished requests are shared by every caller.
 * - A caller that aborts (its element left the page or changed `src`) only stops waiting; the
 *   request itself is aborted when nobody waits for it any more.
 * - Timeout and size cap, content-type and JSON checks, then validation. Failures are
 *   `SwvLoadError`s of one kind each; a failed request is forgotten, so a later caller retries.
 */
import { SwvLoadError } from './load-error.js';
import type { Validation } from '../format/check.js';

export interface LoaderOptions {
  /** Milliseconds before the request counts as failed. Default 15 000. */
  timeout: number;
  /** Largest accepted response body in bytes. Default 10 MB. */
  maxBytes: number;
  /**
   * Origins data may come from (`https://data.example.nl`); the page's own origin is always
   * allowed. Empty: any origin. A page without scripts of its own can set the same list with
   * `<meta name="swv-data-origins" content="https://a.example https://b.example">`.
   */
  allowedOrigins: string[];
  /**
   * Where every element without `src` finds its data (an `index.json`): for a page whose bundler
   * moved the packaged data, or that serves a copy. Empty: `<meta name="swv-data" content="…">`,
   * else the packaged default data beside the script.
   */
  data: string;
}

const options: LoaderOptions = { timeout: 15_000, maxBytes: 10_000_000, allowedOrigins: [], data: '' };

/** What the page says about its data: its meta tag's content (none without a document, as on a server). */
function metaContent(name: string): string | undefined {
  return typeof document?.querySelector === 'function' ? document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content : undefined;
}

/**
 * The data of elements without `src`: `configureLoader({ data })`, else `<meta name="swv-data">`,
 * else `packaged` (the default data that came with the package).
 */
export function defaultDataUrl(packaged: string): string {
  const url = options.data || metaContent('swv-data')?.trim();
  return url ? resolveUrl(url) : packaged;
}

/** Changes the loader's limits for every request that starts after this call. */
export function configureLoader(changes: Partial<LoaderOptions>): void {
  Object.assign(options, changes);
}

/** The origins the host allows (configureLoader, else the page's meta tag); empty means any. */
function allowedOrigins(): string[] {
  if (options.allowedOrigins.length) return options.allowedOrigins;
  // No document, or a server's stand-in without one (swv-data render): no meta tag to read.
  return (metaContent('swv-data-origins') ?? '').split(/\s+/).filter(Boolean);
}

/** Whether data may be loaded from this absolute URL. */
export function isAllowedOrigin(url: string): boolean {
  const allowed = allowedOrigins();
  if (allowed.length === 0) return true;
  const { origin } = new URL(url);
  const own = typeof location === 'undefined' ? undefined : location.origin;
  return (
    origin === own ||
    allowed.some((entry) => {
      try {
        return new URL(entry).origin === origin;
      } catch {
        return false;
      }
    })
  );
}

/** Checks a parsed document; the same function object means the same kind of file. */
export type Validator<T> = (input: unknown) => Validation<T> | Promise<Validation<T>>;

interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** Requests by validator (what kind of file) and absolute URL. */
const requestsByKind = new Map<unknown, Map<string, SharedRequest>>();

/** Forgets every finished request (for tests, or after data was known to change). */
export function clearLoaderCache(): void {
  requestsByKind.clear();
}

/** A relative URL resolves against the document, so the same file is one cache entry. */
export function resolveUrl(url: string): string {
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  return new URL(url, base).href;
}

/** A part of a dataset (a lookup or school file): its `href` is relative to the data file, or to the document without one. */
export function resolvePart(href: string, dataUrl: string | undefined): string {
  if (!dataUrl) return resolveUrl(href);
  const requested = resolveUrl(dataUrl);
  // Against where the file really came from (after redirects, e.g. a CDN's "latest" to a version).
  return new URL(href, finalUrls.get(requested) ?? requested).href;
}

/** Where each loaded file really came from, when a redirect moved it. */
const finalUrls = new Map<string, string>();

async function readLimited(response: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new SwvLoadError('too-large', url);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      throw new SwvLoadError('too-large', url);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

async function fetchAndCheck<T>(url: string, validate: Validator<T>, controller: AbortController): Promise<T> {
  const { timeout, maxBytes } = options;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'omit', headers: { Accept: 'application/json' } });
    } catch (cause) {
      throw new SwvLoadError(timedOut ? 'timeout' : 'network', url, { cause });
    }
    if (!response.ok) throw new SwvLoadError('http', url, { status: response.status });
    if (response.url && response.url !== url) finalUrls.set(url, response.url);
    // JSON, or what badly configured servers send for .json files; never HTML, XML or script.
    const type = response.headers.get('content-type') ?? '';
    if (type && !/json|^\s*text\/plain|^\s*application\/octet-stream/i.test(type)) throw new SwvLoadError('not-json', url);
    let text: string;
    try {
      text = await readLimited(response, url, maxBytes);
    } catch (cause) {
      if (cause instanceof SwvLoadError) throw cause;
      throw new SwvLoadError(timedOut ? 'timeout' : 'network', url, { cause });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new SwvLoadError('not-json', url, { cause });
    }
    const result = await validate(json);
    if (!result.ok) throw new SwvLoadError('invalid', url, { problems: result.problems });
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * Loads and validates the JSON at `url` (relative to the document). Callers with the same URL
 * and validator share one request. `signal` stops this caller's wait.
 */
export function load<T>(url: string, validate: Validator<T>, signal?: AbortSignal): Promise<T> {
  const key = resolveUrl(url);
  if (!isAllowedOrigin(key)) return Promise.reject(new SwvLoadError('not-allowed', key));
  const requests = requestsByKind.get(validate) ?? new Map<string, SharedRequest>();
  requestsByKind.set(validate, requests);
  let shared = requests.get(key);
  if (!shared) {
    const controller = new AbortController();
    const entry: SharedRequest = { controller, waiting: 0, settled: false, promise: Promise.resolve() };
    entry.promise = fetchAndCheck(key, validate, controller).then(
      (value) => {
        entry.settled = true;
        return value;
      },
      (error: unknown) => {
        entry.settled = true;
        if (requests.get(key) === entry) requests.delete(key);
        throw error;
      },
    );
    // Nobody may be waiting when it fails (all callers aborted): never an unhandled rejection.
    entry.promise.catch(() => undefined);
    requests.set(key, (shared = entry));
  }
  const request = shared;
  const forget = (): void => {
    if (requests.get(key) === request) requests.delete(key);
  };
  if (signal?.aborted) return Promise.reject(abortError(signal));
  request.waiting++;
  // A caller without a signal waits to the end: the request is never aborted under it.
  if (!signal) return request.promise as Promise<T>;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      request.waiting--;
      if (request.waiting === 0 && !request.settled) {
        request.controller.abort();
        forget();
      }
      reject(abortError(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    request.promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value as T);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
