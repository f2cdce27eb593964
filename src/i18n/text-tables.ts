/**
 * One table of texts per language, Dutch always there: every other language is a chunk of its own
 * that loads on first use, so a page only downloads the languages its elements speak. The shared
 * tables (`strings.ts`) and each element's own texts (`finder-texts.ts`, …) are kept this way.
 */
import type { Locale } from './locale.js';
import { withSoftHyphens } from './soft-hyphens.js';

/** Where each language other than Dutch is: one dynamic import each (one chunk each). */
export type TextImporters<T> = Record<Exclude<Locale, 'nl'>, () => Promise<T>>;

export class TextTables<T> {
  /** The loaded tables, with soft hyphens in their long Dutch words (see `soft-hyphens.ts`). */
  private readonly _tables: Map<Locale, T>;
  private readonly _pending = new Map<Locale, Promise<T>>();

  constructor(
    dutch: T,
    private readonly _importers: TextImporters<T>,
  ) {
    this._tables = new Map([['nl', withSoftHyphens(dutch)]]);
  }

  /** The table of `locale` when it has loaded, else undefined (see `load`). */
  loaded(locale: Locale): T | undefined {
    return this._tables.get(locale);
  }

  /** The table of `locale`; Dutch while it loads. */
  get(locale: Locale): T {
    return this._tables.get(locale) ?? this._tables.get('nl')!;
  }

  /** Loads the table of `locale` once per page (a failed load may be tried again). */
  load(locale: Locale): Promise<T> {
    const table = this._tables.get(locale);
    if (table) return Promise.resolve(table);
    let promise = this._pending.get(locale);
    if (!promise) {
      promise = this._importers[locale as Exclude<Locale, 'nl'>]().then(
        (loaded) => {
          const table = withSoftHyphens(loaded);
          this._tables.set(locale, table);
          return table;
        },
        (error: unknown) => {
          this._pending.delete(locale);
          throw error;
        },
      );
      this._pending.set(locale, promise);
    }
    return promise;
  }

  /** True when the table of `locale` is there; otherwise starts loading it and calls `then` when it is. */
  ready(locale: Locale, then: () => void): boolean {
    if (this._tables.has(locale)) return true;
    this.load(locale).then(then, () => undefined);
    return false;
  }
}
