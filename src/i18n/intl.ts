/** Cached `Intl` objects: creating them is slow, and every element on a page shares them. */
import type { Locale } from './locale.js';

type IntlObject = Intl.Collator | Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;
const cache = new Map<string, IntlObject>();

function cached<T extends IntlObject>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

const LANGUAGE_TAG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Sorting as readers of the language expect (Dutch collation for `nl`). */
export const collator = (locale: Locale): Intl.Collator =>
  cached(`c${locale}`, () => new Intl.Collator(LANGUAGE_TAG[locale], { sensitivity: 'base', numeric: true }));

/**
 * `2026-12-03` → "3 december 2026", `2020-03` → "maart 2020", `2016` → "2016" (as far as the date
 * goes). Dates are read as calendar days (UTC).
 */
export function formatDate(isoDate: string, locale: Locale): string {
  if (/^[0-9]{4}$/.test(isoDate)) return isoDate;
  const month = /^[0-9]{4}-[0-9]{2}$/.test(isoDate);
  const format = cached(
    `d${month ? 'm' : ''}${locale}`,
    () => new Intl.DateTimeFormat(LANGUAGE_TAG[locale], month ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' }),
  );
  return format.format(new Date(`${month ? `${isoDate}-01` : isoDate.slice(0, 10)}T00:00:00Z`));
}

/** A file size for readers: "850 kB", "1,2 MB". */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'MB'] : [Math.max(1, Math.round(bytes / 1e3)), 'kB'];
  const format = cached(`n${locale}`, () => new Intl.NumberFormat(LANGUAGE_TAG[locale], { maximumFractionDigits: 1 }));
  return `${format.format(value)} ${unit}`;
}

/** `['a', 'b', 'c']` → "a, b en c" / "a, b and c". */
export function formatList(items: string[], locale: Locale): string {
  const format = cached(`l${locale}`, () => new Intl.ListFormat(LANGUAGE_TAG[locale], { type: 'conjunction' }));
  return format.format(items);
}
