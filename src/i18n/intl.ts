/** Cached `Intl` objects: creating them is slow, and every element on a page shares them. */
import type { Locale } from './locale.js';

type IntlObject = Intl.Collator | Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | Intl.PluralRules;
const cache = new Map<string, IntlObject>();

function cached<T extends IntlObject>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

/**
 * The `Intl` language per locale. Arabic keeps Western digits (`nu-latn`): postcodes, phone numbers
 * and codes in the data are written with them, and one kind of digit in a text is easier to read.
 */
const LANGUAGE_TAG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar-u-nu-latn', tr: 'tr-TR', pl: 'pl-PL', uk: 'uk-UA' };

/**
 * A word's forms per plural category of a language (`#` stands for the number). `other` or `many`
 * is always there: Polish and Ukrainian use `other` only for fractions, which we never count.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & ({ other: string } | { many: string });

/**
 * "3 szkoły", "5 szkół": the form the language uses for `n` (Polish, Ukrainian and Arabic have more
 * than two). A form without `#` is used as it is ("مدرستان").
 */
export function pluralText(locale: Locale, n: number, forms: PluralForms): string {
  const rules = cached(`p${locale}`, () => new Intl.PluralRules(LANGUAGE_TAG[locale]));
  const form = forms[rules.select(n)] ?? forms.other ?? forms.many!;
  return form.replace('#', String(n));
}

/** "1 school", "3 scholen": a count with the word in singular or plural (Dutch and English). */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

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

/**
 * Text from data or numbers inside a right-to-left sentence, kept as one unit (Unicode first-strong
 * isolate): "PO 26-04", "3442 AB" and "Woerden" stay readable inside Arabic text.
 */
export const isolate = (text: string | number): string => `\u2068${text}\u2069`;
