import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task, initialState } from '@lit/task';
import { DEFAULT_DATA_URL, DEFAULT_LOOKUPS } from '../default-data.js';
import { defaultDataUrl, load } from '../data/loader.js';
import { lookUp, type LookupQuestion } from '../data/lookup.js';
import { SwvLoadError } from '../data/load-error.js';
import { checkData, checkerFor, prepareChecksFor, repairsOf } from '../format/validate-async.js';
import type { SwvData } from '../format/types.js';
import { directionOf, resolveLocale, type Locale } from '../i18n/locale.js';
import { sharedTexts, type Strings } from '../i18n/strings.js';
import { copyWithoutSoftHyphens, withoutSoftHyphens } from '../i18n/soft-hyphens.js';
import { SwvErrorEvent } from '../events/swv-error.js';
import { SwvLoadEvent } from '../events/swv-load.js';
import { toHeadingLevel } from './heading.js';
import { errorText, type View, type ViewContext } from './view.js';
import { hostStyles } from '../styles/host.js';

/** Documents whose problems were written to the console: once per document, however many elements show it. */
const warned = new WeakSet<object>();

/** One console warning per document with problems: which file, how many problems, where to find them. */
function warnOnce({ data, url }: Loaded, count: number): void {
  if (warned.has(data)) return;
  warned.add(data);
  console.warn(
    `swv-elements: ${url ?? 'the data property'} has ${count} problem${count === 1 ? '' : 's'}; what is wrong was left out and the rest is shown. The swv-load event lists them (event.problems).`,
  );
}

export interface Loaded {
  data: SwvData;
  url: string | undefined;
  /** Codes a lookup file gave for the element's question (`undefined`: no lookup in the data). */
  found?: string[];
  /** Other parts of the dataset the element needs before it shows anything (`loadParts`). */
  parts?: unknown;
}

/**
 * What every data element shares: `src`/`data`, `lang`, `heading-level`, `loading`, the loading,
 * error and not-found states, the status region, and the `swv-load`/`swv-error` events.
 * Subclasses only say how to show a loaded document (`renderData`), mostly through a view module
 * that `prepare()` loads beside the data.
 *
 * Without `src`, an element shows the data the page names (`configureLoader({ data })` or
 * `<meta name="swv-data" content="…">`), else the packaged default data.
 *
 * @attr lang - The language of the texts: `nl`, `en`, `ar`, `tr`, `pl` or `uk` (`ar-MA` counts as `ar`). Without it, the closest `lang` on the page; other languages give Dutch.
 * @attr dir - Writing direction. Without it, the direction of the language (`rtl` for Arabic).
 * @cssprop --swv-accent - Colour of headings' accent rule and focus ring. Default: the text colour.
 * @cssprop --swv-link-color - Colour of links. Default: the text colour.
 * @cssprop --swv-muted-color - Colour of secondary text. Default: the text colour.
 * @cssprop --swv-border-color - Colour of borders around items. Default: the text colour, faded.
 * @cssprop --swv-surface - Background of items. Default: transparent.
 * @cssprop --swv-gap - Space between blocks. Default: 1em.
 * @cssprop --swv-radius - Corner radius of items. Default: 0.4em.
 * @cssprop --swv-heading-font - Font of headings. Default: inherited.
 * @cssprop --swv-min-height - Space kept free while loading. Default: 6rem.
 */
export abstract class SwvDataElement extends LitElement {
  static override styles: CSSResultGroup = hostStyles;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  /**
   * The reactive properties of every element, declared here rather than with decorators (each
   * element does the same): the decorators' code would be in every script-tag file (0.37 KB after
   * brotli for a one-card page when measured). `state: true` is internal; `attribute: false` there
   * only tells the manifest's analyzer. The fields below keep their types and defaults; a default is
   * assigned through Lit's accessor because tsconfig.json sets `useDefineForClassFields: false`.
   */
  static override properties: PropertyDeclarations = {
    src: {},
    headingLevel: { attribute: 'heading-level' },
    loading: {},
    data: { attribute: false },
    preloaded: { attribute: false },
    _nearViewport: { state: true, attribute: false },
  };

  /** URL of a swv-data file (relative to the page). Without it, the data the page names (`configureLoader({ data })`, `<meta name="swv-data">`), else the packaged default dataset. */
  src?: string;

  /** Heading level of the element's main heading (1–6); its sub-headings are one level lower. */
  headingLevel: string | number = 2;

  /** `eager` loads at once; `lazy` waits until the element nears the viewport. */
  loading: 'eager' | 'lazy' = 'eager';

  /** An already loaded swv-data document; skips the fetch. It is still validated. */
  data?: SwvData;

  private _nearViewport = false;

  private _observer?: IntersectionObserver;
  private _reportedFailure?: string;
  private _announced?: Loaded;

  private readonly _task = new Task(this, {
    args: () =>
      [
        this.data,
        this.src,
        this.needsData() && (this.loading === 'eager' || this._nearViewport),
        this.lookupQuestion()?.kind,
        this.lookupQuestion()?.key,
        this.partsKey(),
      ] as const,
    task: async ([data, src, wanted], { signal }): Promise<Loaded | typeof initialState> => {
      this._reportedFailure = undefined;
      if (!this.needsData() || (data === undefined && !wanted)) return initialState;
      return this._load(data, data === undefined ? src || defaultDataUrl(DEFAULT_DATA_URL) : undefined, signal);
    },
    onError: (error) => this.reportFailure(error),
  });

  /** Loads and checks the data (the given document, or the file at `url`) and answers the element's lookup question. */
  private async _load(data: unknown, url: string | undefined, signal?: AbortSignal, readFrom = url): Promise<Loaded> {
    // The texts of the element's language load alongside, so `swv-load` means "shown" and a
    // failure is reported in the reader's language too.
    const strings = sharedTexts.load(this.locale);
    const code = Promise.all([prepareChecksFor(readFrom), this.prepare()]);
    // The packaged data's lookup files are known before its index arrives: ask for the part the
    // question needs at the same time (one round trip instead of two on a slow line).
    const question = this.lookupQuestion();
    const expected = this.expectedLookup();
    // The same for the other parts it needs (a map file).
    const packaged = readFrom === DEFAULT_DATA_URL ? ({ lookups: DEFAULT_LOOKUPS } as SwvData) : undefined;
    const early = expected && packaged ? lookUp(packaged, readFrom, expected, signal) : undefined;
    const earlyParts = packaged ? this.loadParts(packaged, readFrom, signal) : undefined;
    for (const started of [early, earlyParts]) started?.catch(() => undefined);
    const [checked] = await Promise.all([readFrom ? load(readFrom, checkerFor(readFrom, checkData), signal) : this._checkGiven(data), strings, code]).catch(
      async (error: unknown) => {
        await strings.catch(() => undefined);
        throw error;
      },
    );
    const [found, parts] = await Promise.all([
      question ? (early ?? lookUp(checked, readFrom, question, signal)) : undefined,
      earlyParts ?? this.loadParts(checked, readFrom, signal),
    ]);
    return { data: checked, url, found, parts };
  }

  /**
   * Other parts of the dataset (relative to the data file at `dataUrl`) that the element needs
   * before it shows anything, such as a map file; `dataState` is `complete` only with them. For
   * the packaged data they are asked for with its index (from `DEFAULT_LOOKUPS`), not after it.
   * `partsKey()` says when they must load again. The default needs none.
   */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- for subclasses
  protected loadParts(_data: SwvData, _dataUrl: string | undefined, _signal?: AbortSignal): Promise<unknown> {
    return Promise.resolve(undefined);
  }

  /** What `loadParts` depends on besides the data: a change loads them again. */
  protected partsKey(): unknown {
    return undefined;
  }

  /**
   * Server rendering (`swv-data render`): what a server loaded for this element, shown at once
   * instead of the loading state. `readFrom` is where the server reads the data (a file), when
   * that is not what the page will load (`src`, or the packaged data).
   */
  async preload(readFrom?: string): Promise<Loaded> {
    const url = this.data === undefined ? this.src || undefined : undefined;
    this.preloaded = await this._load(this.data, url, undefined, readFrom ?? url ?? defaultDataUrl(DEFAULT_DATA_URL));
    return this.preloaded;
  }

  /** Set by server rendering: the result of `preload()`. Not for hosts. */
  preloaded?: Loaded;

  /** Server-rendered content (declarative shadow DOM) shown until the element has its own. */
  private _serverNodes?: ChildNode[];

  /** The task's state, or what the server preloaded while the task has not started (server rendering). */
  private get _status(): number {
    return this._task.status === 0 && this.preloaded ? 2 : this._task.status;
  }

  private get _value(): Loaded | undefined {
    return this._task.status === 2 ? (this._task.value as Loaded) : this.preloaded;
  }

  /** Where the element is: waiting (`initial`, e.g. lazy and off screen), `pending`, `complete` or `error`. */
  get dataState(): 'initial' | 'pending' | 'complete' | 'error' {
    return (['initial', 'pending', 'complete', 'error'] as const)[this._task.status];
  }

  /** The loaded document and its URL (undefined for the `data` property), once loading is complete. */
  protected get loaded(): { data: SwvData; url: string | undefined } | undefined {
    return this._status === 2 ? this._value : undefined;
  }

  /** The locale this element speaks now. */
  protected get locale(): Locale {
    return resolveLocale(this);
  }

  /**
   * The direction of the element's content: its language's (`rtl` for Arabic), unless the host sets
   * `dir` on the element, which then wins (undefined: the content inherits it). The content also
   * carries `lang`, so that a page in a language we do not speak (`pt-BR`) does not mislabel our Dutch.
   */
  protected get contentDirection(): 'ltr' | 'rtl' | undefined {
    return this.hasAttribute('dir') ? undefined : directionOf(this.locale);
  }

  /** The string table of the element's locale (Dutch until another language has loaded). */
  protected get strings(): Strings {
    return sharedTexts.get(this.locale);
  }

  /** True when the texts for the element's language are there; otherwise starts loading them. */
  protected stringsReady(): boolean {
    return sharedTexts.ready(this.locale, () => this.requestUpdate());
  }

  /** The level of the main heading; sub-headings use `level + 1`. */
  protected get level(): number {
    return toHeadingLevel(this.headingLevel);
  }

  /** Texts, language and heading level, for the element's view. */
  protected get context(): ViewContext {
    return { strings: this.strings, locale: this.locale, level: this.level };
  }

  /**
   * Loads the code that shows this element's data (its view), beside the data; the element renders
   * its data only after this. The default has nothing to load.
   */
  protected prepare(): Promise<unknown> {
    return Promise.resolve();
  }

  private readonly _onCopy = (event: ClipboardEvent): void => {
    if (this.shadowRoot) copyWithoutSoftHyphens(event, this.shadowRoot);
  };

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.requestUpdate();
  }

  override connectedCallback(): void {
    // Declarative shadow DOM from `swv-data render`: keep showing it until the element has its own content.
    if (!this.hasUpdated && this.shadowRoot?.firstChild) this._serverNodes = [...this.shadowRoot.childNodes];
    super.connectedCallback();
    this.addEventListener('copy', this._onCopy);
    for (const type of ['pointerdown', 'keydown']) this.addEventListener(type, this._release);
    this._watchViewport();
    // Back on the page after an abort: load again.
    if (this._task.status === 1 /* pending */ || this._task.status === 3 /* error */) void this._task.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('copy', this._onCopy);
    for (const type of ['pointerdown', 'keydown']) this.removeEventListener(type, this._release);
    this._observer?.disconnect();
    this._observer = undefined;
    this._task.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('loading')) this._watchViewport();
  }

  private _watchViewport(): void {
    if (this.loading !== 'lazy' || this._nearViewport || this._observer || !this.isConnected) return;
    if (typeof IntersectionObserver === 'undefined') {
      this._nearViewport = true;
      return;
    }
    this._observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this._nearViewport = true;
          this._observer?.disconnect();
          this._observer = undefined;
        }
      },
      { rootMargin: '300px' },
    );
    this._observer.observe(this);
  }

  private async _checkGiven(data: unknown): Promise<SwvData> {
    const result = await checkData(data);
    if (!result.ok) throw new SwvLoadError('invalid', undefined, { problems: result.problems });
    return result.value;
  }

  /** A postcode or school the element asks about, answered by the data's lookup files if it has them. */
  protected lookupQuestion(): LookupQuestion | undefined {
    return undefined;
  }

  /**
   * How high (in em) the element's content will be, for a host this wide (in em): the space it keeps
   * free while it loads, so that what follows on the page does not jump when the content comes.
   * Each element knows its own content; the default is a line or two, whatever the width.
   */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the width is for subclasses
  protected reservedHeight(_widthEm: number): number {
    return 6;
  }

  /** Where the reserved space is: while loading (`reserved`), kept after it (`kept`), or gone. */
  private _kept?: 'reserved' | 'kept';

  /** Whether something of the page follows the element on screen (a shift would move it where the reader sees it). */
  private _follows(): boolean {
    if (typeof getComputedStyle !== 'function' || this.getBoundingClientRect().top >= innerHeight) return false;
    const followed = (node: Element): boolean => {
      for (let next = node.nextElementSibling; next; next = next.nextElementSibling) if (next.getClientRects().length) return true;
      return !!node.parentElement && node.parentElement !== document.body && followed(node.parentElement);
    };
    return followed(this);
  }

  /** The reader acts in the element: the kept space goes (a shift right after input is the reader's own). */
  private readonly _release = (): void => {
    if (this._kept !== 'kept') return;
    this._kept = undefined;
    this.renderRoot.querySelector('[part=base]')?.classList.remove('keep');
  };

  /** The reserved height for this element, measured once (its width is known before its content). */
  private _reserve?: number;

  private get _reservedEm(): number {
    if (this._reserve === undefined) {
      // No layout on a server (swv-data render): the default.
      const width = typeof this.getBoundingClientRect === 'function' ? this.getBoundingClientRect().width : 0;
      this._reserve = width ? this.reservedHeight(width / (parseFloat(getComputedStyle(this).fontSize) || 16)) : 6;
    }
    return this._reserve;
  }

  /**
   * A lookup the element will need as soon as its data is there (by default its question), asked
   * for together with the packaged data's index. When the element has a question, this must be it.
   */
  protected expectedLookup(): LookupQuestion | undefined {
    return this.lookupQuestion();
  }

  /** Whether the element shows data now; an element that can do without returns false. */
  protected needsData(): boolean {
    return true;
  }

  /**
   * Shows a loaded document: content, or `{ notFound }` with a sentence saying what was asked.
   * `found`: the partnership codes the lookup gave for `lookupQuestion()`, when the data has lookups.
   */
  protected abstract renderData(data: SwvData, found?: string[], parts?: unknown): View;

  /** Fires `swv-error` once for each distinct failure this element shows. */
  protected reportFailure(error: unknown, notFoundMessage?: string): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    const failure = error instanceof SwvLoadError ? error : new SwvLoadError('network', this.src, { cause: error });
    const message = withoutSoftHyphens(notFoundMessage ?? errorText(this.strings, failure));
    const key = `${failure.kind}|${failure.url}|${message}`;
    if (this._reportedFailure === key) return;
    this._reportedFailure = key;
    this.dispatchEvent(new SwvErrorEvent(failure.kind, message, failure.url, failure.details.status, failure.details.problems));
  }

  private _notFound?: string;

  /** True while server-rendered content stays on screen (the element's own is not ready yet). */
  private _keepServerNodes = false;

  protected override render(): TemplateResult {
    const ready = this.stringsReady();
    this._keepServerNodes = !!this._serverNodes && (!ready || this._status === 1 || (this._status === 0 && this.needsData()));
    if (this._keepServerNodes) return html``;
    if (!ready)
      return html`<div part="base" class="base busy" aria-busy="true">
        <p part="status" class="status" role="status"></p>
      </div>`;
    const t = this.strings;
    this._notFound = undefined;
    let status: string | typeof nothing = nothing;
    let body: unknown = nothing;
    let fallback = false;
    switch (this._status) {
      case 0: // initial: waiting for the viewport
        fallback = true;
        break;
      case 1:
        status = t.loading;
        break;
      case 2: {
        const { data, found, parts } = this._value!;
        const view = this.renderData(data, found, parts);
        if ('notFound' in view) {
          status = this._notFound = view.notFound;
          fallback = true;
        } else {
          body = view;
        }
        break;
      }
      default: {
        status = errorText(t, this._task.error);
        fallback = true;
      }
    }
    const busy = this._status === 1 || (this._status === 0 && this.needsData());
    return html`<div
      part="base"
      class="base ${busy ? 'busy' : ''}"
      lang=${this.locale}
      dir=${ifDefined(this.contentDirection)}
      aria-busy=${busy ? 'true' : 'false'}
    >
      <p part="status" class="status ${fallback && status !== nothing ? 'problem' : ''}" role="status">${status}</p>
      ${body} ${fallback ? html`<div class="fallback"><slot></slot></div>` : nothing}
    </div>`;
  }

  /** Fires `swv-load` once per document shown, or `swv-error` (not-found) when it has nothing to show. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The space to keep while loading, set through the style object (never a style attribute: a
    // host's Content-Security-Policy may forbid those), before the browser paints.
    const base = this.renderRoot.querySelector<HTMLElement>('[part=base]');
    if (base?.classList.contains('busy')) {
      base.style.setProperty('--swv-reserve', `${this._reservedEm}em`);
      this._kept = 'reserved';
    } else if (base && this._kept === 'reserved') {
      // The content is there. Shorter than the space kept for it? Shrinking would pull up what
      // follows: keep the space where something follows on screen; shrink where nothing does.
      this._kept = this._follows() ? 'kept' : undefined;
      base.classList.toggle('keep', this._kept === 'kept');
    } else if (base && this._kept === 'kept') base.classList.add('keep');
    if (this._serverNodes && !this._keepServerNodes) {
      // The element's own content is in place: the server's goes, in the same frame.
      for (const node of this._serverNodes) node.remove();
      this._serverNodes = undefined;
    }
    if (this._task.status !== 2) return;
    const loaded = this._task.value as Loaded;
    if (this._notFound) {
      this.reportFailure(new SwvLoadError('not-found', loaded.url), this._notFound);
      this._announced = undefined;
    } else if (this._announced !== loaded) {
      this._announced = loaded;
      this._reportedFailure = undefined;
      const repaired = repairsOf(loaded.data);
      this.dispatchEvent(new SwvLoadEvent(loaded.url, loaded.data, repaired?.problems));
      if (repaired) warnOnce(loaded, repaired.problems.length);
      const unsafe = repaired?.unsafeLinks;
      if (unsafe?.length)
        this.dispatchEvent(new SwvErrorEvent('invalid', withoutSoftHyphens(this.strings.unsafeLinks(unsafe.length)), loaded.url, undefined, unsafe));
    }
  }
}
