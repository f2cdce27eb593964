import { html, css, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { SwvDataElement, type View } from '../../internal/swv-data-element.js';
import { heading } from '../../internal/heading.js';
import { contactItems } from '../../internal/links.js';
import { displayCode } from '../../format/codes.js';
import { bySector, findByCode, forMunicipality, forPostcode, withCodes } from '../../data/select.js';
import { lookUp } from '../../data/lookup.js';
import { hasSchoolNames, schoolIndex, type SchoolEntry, type SchoolIndex } from '../../data/search-index.js';
import { SwvLoadError } from '../../data/load-error.js';
import { SwvSelectEvent, type SelectKind } from '../../events/swv-select.js';
import { pickText } from '../../i18n/locale.js';
import { hostStyles } from '../../styles/host.js';
import { titleOf } from '../swv-overview/swv-overview.js';
import { mayBeSchool, onlyMeaning, suggest, suggestionText, type Suggestion } from './suggest.js';
import type { Partnership, Sector, SwvData } from '../../format/types.js';

/** What the finder shows below the field. */
type Outcome =
  | { kind: 'found'; asked: string; select: SelectKind; query: string; partnerships: Partnership[]; municipality?: string; school?: SchoolEntry }
  | { kind: 'choose'; text: string; options: Suggestion[] }
  | { kind: 'nothing'; sentence: string };

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

  /** Only partnerships of this sector: `po` or `vo`. Default: both. */
  @property() sector?: Sector;

  /**
   * Keeps the query in the page address after `#` under this name (e.g. `swv` gives `#swv=3442`),
   * so an answer can be shared and comes back after a reload. Off when absent.
   */
  @property({ attribute: 'hash-param' }) hashParam?: string;

  @state() private _text = '';
  @state() private _suggestions: Suggestion[] = [];
  @state() private _open = false;
  @state() private _active = -1;
  @state() private _schools?: SchoolIndex;
  @state() private _schoolsLoading = false;

  /** The dataset `_schools` belongs to. */
  private _schoolsOf?: SwvData;
  /** A query from the address to run once the data is there. */
  private _pendingQuery?: string;
  private _lastHashQuery?: string;

  private readonly _outcome = new Task(this, {
    autoRun: false,
    args: () => [this._choice] as const,
    task: async ([choice], { signal }): Promise<Outcome | undefined> => (choice ? this._resolve(choice, signal) : undefined),
    onComplete: (outcome) => {
      if (outcome?.kind === 'found') this.dispatchEvent(new SwvSelectEvent(outcome.query, outcome.select, outcome.partnerships));
    },
    onError: (error) => this.reportFailure(error),
  });

  /** What the reader chose, or typed and submitted. */
  private _choice?: Suggestion | { kind: 'text'; text: string };

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
    this._text = suggestionText(suggestion);
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

  private async _resolve(choice: Suggestion | { kind: 'text'; text: string }, signal: AbortSignal): Promise<Outcome> {
    const t = this.strings;
    const loaded = this.loaded;
    if (!loaded) throw new SwvLoadError('network', this.src);
    const { data, url } = loaded;
    if (choice.kind === 'text') {
      const text = choice.text;
      if (!text) return { kind: 'nothing', sentence: t.finder.empty };
      const schools = hasSchoolNames(data) && mayBeSchool(text) ? await schoolIndex(data, url) : undefined;
      const options = suggest(data, schools, text, this.sector);
      const only = onlyMeaning(options, text);
      if (only) return this._resolve(only, signal);
      return options.length ? { kind: 'choose', text, options } : { kind: 'nothing', sentence: t.finder.nothing(text) };
    }
    const q = t.query;
    const sector = bySector(this.sector);
    switch (choice.kind) {
      case 'postcode': {
        const found = await lookUp(data, url, { kind: 'postcodes', key: choice.pc4 }, signal);
        const all = forPostcode(data, choice.pc4, found);
        if (all.length === 0) return { kind: 'nothing', sentence: t.noPartnershipForPostcode(choice.pc4) };
        return this._found(q.postcode(choice.pc4), 'postcode', choice.pc4, all.filter(sector));
      }
      case 'municipality':
        return this._found(q.municipality(choice.name), 'municipality', choice.name, forMunicipality(data, choice.name).filter(sector), {
          municipality: choice.name,
        });
      case 'partnership': {
        const p = findByCode(data, choice.code);
        return this._found(q.code(displayCode(choice.code)), 'partnership', choice.code, p ? [p] : []);
      }
      case 'school':
        return this._found(
          choice.school.city ? `${choice.school.name} (${choice.school.city})` : choice.school.name,
          'school',
          choice.school.code,
          withCodes(data, choice.school.partnerships).filter(sector),
          { school: choice.school },
        );
      default: {
        const found = (await lookUp(data, url, { kind: 'schools', key: choice.code }, signal)) ?? [];
        return this._found(q.school(choice.code), 'school', choice.code, withCodes(data, found).filter(sector));
      }
    }
  }

  private _found(
    asked: string,
    select: SelectKind,
    query: string,
    partnerships: Partnership[],
    about: { municipality?: string; school?: SchoolEntry } = {},
  ): Outcome {
    if (partnerships.length === 0) return { kind: 'nothing', sentence: this.strings.nothingFound(asked) };
    const ordered = [...partnerships].sort((a, b) => (a.sector === b.sector ? 0 : a.sector === 'po' ? -1 : 1));
    return { kind: 'found', asked, select, query, partnerships: ordered, ...about };
  }

  protected override renderData(): View {
    const t = this.strings.finder;
    const open = this._open && this._suggestions.length > 0;
    const active = open && this._active >= 0 ? `option-${this._active}` : undefined;
    return html`<form part="form" role="search" @submit=${this._onSubmit} novalidate>
        <label for="q">${t.label}</label>
        <p id="hint" class="muted">${t.hint}</p>
        <div class="field">
          <input
            id="q"
            part="input"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="suggestions"
            aria-describedby="hint"
            aria-activedescendant=${active ?? nothing}
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            enterkeyhint="search"
            .value=${this._text}
            @input=${this._onInput}
            @keydown=${this._onKeyDown}
            @focus=${() => this._suggestions.length && (this._open = true)}
            @blur=${this._close}
          />
          <button part="button" type="submit">${t.submit}</button>
          <ul id="suggestions" part="listbox" role="listbox" aria-label=${t.suggestionsLabel} ?hidden=${!open}>
            ${open ? this._suggestions.map((s, i) => this._renderOption(s, i)) : nothing}
          </ul>
        </div>
        <p class="visually-hidden" role="status">
          ${this._text.trim() ? (this._schoolsLoading && this._suggestions.length === 0 ? t.schoolsLoading : t.suggestions(this._suggestions.length)) : ''}
        </p>
      </form>
      ${this._renderOutcome()}`;
  }

  /** What a suggestion is called, and what kind of thing it is ("Woerden", "gemeente"). */
  private _describe(s: Suggestion): [label: string, kind: string] {
    const t = this.strings.finder;
    switch (s.kind) {
      case 'postcode':
        return [t.postcode(s.pc4), t.kind.postcode];
      case 'municipality':
        return [s.name, t.kind.municipality];
      case 'partnership':
        return [s.name === s.code ? displayCode(s.code) : s.name, `${t.kind.partnership} ${displayCode(s.code)}`];
      case 'school':
        return [s.school.name, s.school.city ? t.schoolIn(s.school.city) : t.kind.school];
      default:
        return [t.schoolCode(s.code), t.kind.school];
    }
  }

  private _renderOption(s: Suggestion, index: number): TemplateResult {
    const [label, kind] = this._describe(s);
    return html`<li
      id="option-${index}"
      part="option"
      role="option"
      aria-selected=${index === this._active ? 'true' : 'false'}
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${() => this._choose(s)}
    >
      ${label}<span class="visually-hidden">, </span><span class="kind muted">${kind}</span>
    </li>`;
  }

  private _renderOutcome(): TemplateResult | typeof nothing {
    const t = this.strings;
    return (
      this._outcome.render({
        pending: () => html`<p role="status">${t.loading}</p>`,
        complete: (outcome) => {
          if (!outcome) return nothing;
          switch (outcome.kind) {
            case 'nothing':
              return html`<div part="result" class="result"><p class="status problem" role="status">${outcome.sentence}</p></div>`;
            case 'choose':
              return html`<div part="result" class="result">
                <p role="status">${t.finder.choose(outcome.text)}</p>
                <ul class="choices">
                  ${outcome.options.map((s) => html`<li><button type="button" @click=${() => this._choose(s)}>${this._optionText(s)}</button></li>`)}
                </ul>
              </div>`;
            default:
              return this._renderFound(outcome);
          }
        },
        error: (error) =>
          html`<p class="status problem" role="status">
            ${error instanceof SwvLoadError ? this.errorMessage(error.kind, error.details.status) : this.errorMessage('network')}
          </p>`,
      }) ?? nothing
    );
  }

  /** One line naming a suggestion and what kind of thing it is (a postcode or school code says so itself). */
  private _optionText(s: Suggestion): string {
    const [label, kind] = this._describe(s);
    return s.kind === 'postcode' || s.kind === 'school-code' ? label : `${label} (${kind})`;
  }

  private _renderFound(outcome: Extract<Outcome, { kind: 'found' }>): TemplateResult {
    const t = this.strings;
    const split = outcome.municipality
      ? outcome.partnerships.some((p) => p.area?.splitMunicipalities?.some((s) => s.municipality === outcome.municipality))
      : false;
    return html`<section part="result" class="result" aria-labelledby="result-heading">
      <p class="visually-hidden" role="status">${t.finder.found(outcome.partnerships.length, outcome.asked)}</p>
      <div id="result-heading">${heading(this.level, t.finder.resultsFor(outcome.asked), 'heading')}</div>
      ${outcome.school ? html`<p>${t.finder.schoolBelongs(outcome.school.name)}</p>` : nothing}
      ${split ? html`<p>${t.finder.split(outcome.municipality!)}</p>` : nothing}
      <ul class="cards plain">
        ${outcome.partnerships.map((p) => this._renderCompactCard(p, outcome.municipality))}
      </ul>
      ${outcome.school ? html`<p class="muted">${outcome.school.derived ? t.finder.how.derived : t.finder.how.read}</p>` : nothing}
    </section>`;
  }

  private _renderCompactCard(p: Partnership, municipality: string | undefined): TemplateResult {
    const t = this.strings;
    const title = titleOf(p);
    const split = municipality ? p.area?.splitMunicipalities?.find((s) => s.municipality === municipality) : undefined;
    const summary = pickText(p.summary, this.locale);
    const contact = contactItems(p.contact ?? {}, t.label, t.websiteOf(title));
    return html`<li part="item" class="item">
      ${heading(this.level + 1, title, 'item-heading')}
      <p class="meta muted">${[t.sector[p.sector], p.name ? displayCode(p.code) : ''].filter(Boolean).join(' · ')}</p>
      ${split ? html`<p>${t.card.splitMunicipality(split.municipality, split.postcodes.join(', '))}</p>` : nothing}
      ${summary ? html`<p>${summary}</p>` : nothing}
      ${
        contact.length
          ? html`<ul class="plain">
              ${contact}
            </ul>`
          : html`<p class="muted">${t.finder.noContact}</p>`
      }
    </li>`;
  }
}
