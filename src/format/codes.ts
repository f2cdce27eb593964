/**
 * Codes readers type, each read in any spelling into one canonical form: partnership codes
 * (`PO2604`, shown as `PO 26-04`), postcodes (`3442`) and school codes (`03RK00`, `03RK`).
 */

/** The canonical form: sector, two-digit province block, two-digit sequence. */
export const CODE_PATTERN = /^(?:PO|VO)[0-9]{4}$/;

const LOOSE_CODE = /^\s*(PO|VO)[\s.-]*([0-9]{2})[\s.-]*([0-9]{2})\s*$/i;

/**
 * Reads a code in any common spelling (`PO2604`, `PO 26-04`, `po-26-04`, `PO 26.04`) and returns
 * the canonical form, or `undefined` when the text is not a partnership code.
 */
export function normalizeCode(input: string): string | undefined {
  const match = LOOSE_CODE.exec(input);
  return match ? `${match[1]!.toUpperCase()}${match[2]}${match[3]}` : undefined;
}

/** `PO2604` → `PO 26-04`. Returns the input unchanged when it is not canonical. */
export function displayCode(code: string): string {
  return CODE_PATTERN.test(code) ? `${code.slice(0, 2)} ${code.slice(2, 4)}-${code.slice(4)}` : code;
}

/** Splits a comma- or space-separated list of codes in any spelling; unreadable parts are dropped. */
export function parseCodeList(input: string): string[] {
  return input
    .split(/[,;]/)
    .map((part) => normalizeCode(part))
    .filter((code): code is string => code !== undefined);
}

/** `3442`, `3442 XH`, `3442xh` → `3442`; anything else → undefined. */
export function toPc4(input: string): string | undefined {
  return /^\s*([1-9][0-9]{3})\s*(?:[a-z]{2})?\s*$/i.exec(input)?.[1];
}

/** A location code (`03RK00`) or BRIN (`03RK`) in any case, upper-cased; else undefined. */
export function toSchoolCode(input: string): string | undefined {
  return /^[0-9]{2}[A-Z]{2}(?:[0-9]{2})?$/.exec(input.trim().toUpperCase())?.[0];
}
