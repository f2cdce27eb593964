import { css, type PropertyValues, type PropertyDeclarations } from 'lit';
import { Task } from '@lit/task';
import { SwvDataElement } from '../../internal/swv-data-element.js';
import { OnDemand } from '../../internal/on-demand.js';
import type { View } from '../../internal/view.js';
import { SwvLoadError } from '../../data/load-error.js';
import { SwvSelectEvent } from '../../events/swv-select.js';
import { hostStyles } from '../../styles/host.js';
import { formStyles } from '../../styles/form.js';
import type { SchoolIndex } from '../../data/search-index.js';
import type { Suggestion } from './suggest.js';
import type { Choice, FieldEvents, Outcome } from './finder-view.js';
import type { Sector, SwvData } from '../../format/types.js';
import type { LookupQuestion } from '../../data/lookup.js';
import { toPc4 } from '../../format/codes.js';

const view = new OnDemand(() => import('./finder-view.js'));

/**
 * Answers "which partnership is mine?" from a postcode, municipality, school or partnership name
 * or code, with suggestions as the reader types (the WAI-ARIA combobox pattern).
 *
 * @tagname swv-finder
 * @summary A search field that finds the samenwerkingsverbanden for a postcode, municipality or school.
 * @fires swv-select - The finder shows the partnerships for what the reader chose (`query`, `kind`, `partnerships`).
 * @fires swv-load - The data was loaded and the field is ready.
 * @fires swv-error - Loading failed; `message` says what the reader sees.
 * @slot - Fallback content, shown before the element starts and when loading fails (e.g. a plain link).
 * @csspart base - The wrapper around everything.
 * @csspart status - The polite status line (loading, errors).
 * @csspart form - The search form.
 * @csspart input - The search field.
 * @csspart button - The search button.
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 * @csspart result - The answer below the field.
 * @csspart heading - The answer's heading.
 * @csspart item - One partnership in the answer.
 * @csspart item-heading - The name of one partnership in the answer.
 * @csspart link - A link.
 */
export class SwvFinder extends SwvDataElement {
  static override styles = [
    hostStyles,
    formStyles,
    css`
      form {
        margin-block-end: var(--swv-gap, 1em);
      }
      .field {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        max-inline-size: 36em;
      }
      .field input {
        flex: 1 1 12em;
        max-inline-size: none;
      }
      /* In the flow, not floating: a host's overflow or stacking can never hide it. */
      [role='listbox'] {
        flex: 1 0 100%;
        margin: 0;
        padding: 0.25em 0;
        list-style: none;
        border: 2px solid currentColor;
        border-radius: 0.25em;
        max-block-size: 22em;
        overflow-y: auto;
      }
      [role='option'] {
        padding: 0.4em 0.6em;
        cursor: pointer;
        min-block-size: 24px;
      }
      [role='option'][aria-selected='true'] {
        outline: 2px solid currentColor;
        outline-offset: -2px;
        background: color-mix(in srgb, currentColor 12%, transparent);
      }
      .kind {
        display: block;
        font-size: 0.85em;
      }
      .cards {
        display: grid;
        gap: var(--swv-gap, 1em);
      }
      .choices button {
        font: inherit;
        color: inherit;
        background: none;
        border: none;
        padding: 0.2em 0;
        text-decoration: underline;
        cursor: pointer;
        text-align: start;
        min-block-size: 24px;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    sector: {},
    hashParam: { attribute: 'hash-param' },
    _text: { state: true, attribute: false },
    _suggestions: { state: true, attribute: false },
    _open: { state: true, attribute: false },
    _active: { state: true, attribute: false },
    _schools: { state: true, attribute: false },
    _schoolsLoading: { state: true, attribute: false },
  };

  /** Only partnerships of this sector: `po` or `vo`. Default: both. */
  sector?: Sector;

  /**
   * Keeps the query in the page address after `#` under this name (e.g. `swv` gives `#swv=3442`),
   * so an answer can be shared and comes back after a reload. Off when absent.
   */
  hashParam?: string;

  private _text = '';
  private _suggestions: Suggestion[] = [];
  private _open = false;
  private _active = -1;
  private _schools?: SchoolIndex;
  private _schoolsLoading = false;

  /** The dataset `_schools` belongs to. */
  private _schoolsOf?: SwvData;
  /** A query from the address to run once the data is there. */
  private _pendingQuery?: string;
  private _lastHashQuery?: string;

  private readonly _outcome = new Task(this, {
    autoRun: false,
    args: () => [this._choice] as const,
    task: async ([choice], { signal }): Promise<Outcome | undefined> => {
      const loaded = this.loaded;
      if (!choice) return undefined;
      if (!loaded) throw new SwvLoadError('network', this.src);
      return view.module!.resolve(this.context, choice, loaded, this.sector, signal);
    },
    onComplete: (outcome) => {
      if (outcome?.kind === 'found') this.dispatchEvent(new SwvSelectEvent(outcome.query, outcome.select, outcome.partnerships));
    },
    onError: (error) => this.reportFailure(error),
  });

  /** What the reader chose, or typed and submitted. */
  private _choice?: Choice;

  private readonly _onHashChange = (): void => {
    const query = this._hashQuery();
    if (query !== undefined && query !== this._lastHashQuery) this._search(query);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
    const query = this._hashQuery();
    if (query) this._pendingQuery = query;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this._pendingQuery !== undefined && this.loaded) {
      const query = this._pendingQuery;
      this._pendingQuery = undefined;
      // After this update, not inside it.
      queueMicrotask(() => this._search(query));
    }
    if (changed.has('sector') && this._choice) void this._outcome.run();
    // The suggestion the arrow keys reached stays in sight when the list scrolls (WCAG 2.4.11).
    if (changed.has('_active' as keyof SwvFinder) && this._active >= 0)
      this.renderRoot.querySelector(`#option-${this._active}`)?.scrollIntoView({ block: 'nearest' });
  }

  /** A postcode in the address (`hash-param`) is asked for with the data: the first answer needs it. */
  protected override expectedLookup(): LookupQuestion | undefined {
    const pc4 = toPc4(this._hashQuery() ?? '');
    return pc4 ? { kind: 'postcodes', key: pc4 } : undefined;
  }

  private _hashQuery(): string | undefined {
    if (!this.hashParam) return undefined;
    return new URLSearchParams(location.hash.slice(1)).get(this.hashParam) ?? undefined;
  }

  private _writeHash(query: string): void {
    if (!this.hashParam) return;
    const params = new URLSearchParams(location.hash.slice(1));
    params.set(this.hashParam, query);
    this._lastHashQuery = query;
    history.replaceState(history.state, '', `#${params.toString()}`);
  }

  /** The school index of the current data, loading it when the text may be a school. */
  private _schoolIndex(data: SwvData): SchoolIndex | undefined {
    if (this._schoolsOf === data) return this._schools;
    const { hasSchoolNames, schoolIndex } = view.module!;
    if (!hasSchoolNames(data) || this._schoolsLoading) return undefined;
    this._schoolsLoading = true;
    const url = this.loaded?.url;
    schoolIndex(data, url).then(
      (index) => {
        this._schoolsOf = data;
        this._schools = index;
        this._schoolsLoading = false;
        this._refresh();
      },
      (error: unknown) => {
        this._schoolsLoading = false;
        this.reportFailure(error);
      },
    );
    return undefined;
  }

  private _refresh(): void {
    const loaded = this.loaded;
    const text = this._text.trim();
    if (!loaded || !text) {
      this._suggestions = [];
      this._open = false;
      return;
    }
    const { mayBeSchool, suggest } = view.module!;
    // School names are a large file: fetch it only for text that can be a school (letters, or a school code), never for a postcode.
    const schools = mayBeSchool(text) ? this._schoolIndex(loaded.data) : this._schoolsOf === loaded.data ? this._schools : undefined;
    this._suggestions = suggest(loaded.data, schools, text, this.sector);
    this._open = this._suggestions.length > 0 && this._hasFocus();
    this._active = -1;
  }

  private _hasFocus(): boolean {
    return this.shadowRoot?.activeElement === this._input;
  }

  private get _input(): HTMLInputElement | null {
    return this.shadowRoot?.querySelector('input') ?? null;
  }

  private _onInput(event: Event): void {
    this._text = (event.target as HTMLInputElement).value;
    this._refresh();
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const count = this._suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this._open || event.altKey) {
          this._open = true;
          if (event.altKey) return;
        }
        this._active = down ? (this._active + 1) % count : this._active <= 0 ? count - 1 : this._active - 1;
        break;
      }
      case 'Enter':
        if (this._open && this._active >= 0) {
          event.preventDefault();
          this._choose(this._suggestions[this._active]!);
        }
        break;
      case 'Escape':
        if (this._open) {
          event.preventDefault();
          this._close();
        } else if (this._text) {
          event.preventDefault();
          this._text = '';
          this._refresh();
        }
        break;
      default:
    }
  }

  private _close(): void {
    this._open = false;
    this._active = -1;
  }

  private _choose(suggestion: Suggestion): void {
    this._text = view.module!.suggestionText(suggestion);
    this._close();
    this._choice = suggestion;
    this._writeHash(this._text);
    void this._outcome.run();
  }

  private _onSubmit(event: Event): void {
    event.preventDefault();
    this._search(this._text);
  }

  /** A plain submit, or a query from the address: answer it if it has one meaning, else offer choices. */
  private _search(text: string): void {
    this._text = text;
    this._close();
    this._choice = { kind: 'text', text: text.trim() };
    if (text.trim()) this._writeHash(text.trim());
    void this._outcome.run();
  }

  /** The label, the hint and the field (7.3 em at 412 px wide, 6 em at 1280 px); answers come when asked. */
  protected override reservedHeight(widthEm: number): number {
    return 5.9 + 37 / widthEm;
  }

  /** The view, with the finder's own texts in the element's language, beside the data. */
  protected override prepare(): Promise<unknown> {
    return view.load().then((module) => module.finderTexts.load(this.locale));
  }

  /** The shared texts, and once the view is there, the finder's own (after a change of `lang`). */
  protected override stringsReady(): boolean {
    return super.stringsReady() && (!view.module || view.module.finderTexts.ready(this.locale, () => this.requestUpdate()));
  }

  /** What the field does; the view binds these, the element keeps the state. */
  private readonly _on: FieldEvents = {
    submit: (event) => this._onSubmit(event),
    input: (event) => this._onInput(event),
    keydown: (event) => this._onKeyDown(event),
    focus: () => {
      if (this._suggestions.length) this._open = true;
    },
    blur: () => this._close(),
    choose: (suggestion) => this._choose(suggestion),
  };

  protected override renderData(): View {
    const field = { text: this._text, suggestions: this._suggestions, open: this._open, active: this._active, schoolsLoading: this._schoolsLoading };
    return view.module!.renderFinder(this.context, this.loaded!.data, field, this._on, this._outcome);
  }
}
