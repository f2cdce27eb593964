import { html, css, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SwvDataElement, type View } from '../../internal/swv-data-element.js';
import type { LookupQuestion } from '../../data/lookup.js';
import { heading } from '../../internal/heading.js';
import { link } from '../../internal/links.js';
import { displayCode, parseCodeList } from '../../format/codes.js';
import { bySector, foldText, forMunicipality, forPostcode, schoolCount, toPc4 } from '../../data/select.js';
import { collator, formatList } from '../../i18n/intl.js';
import { pickText } from '../../i18n/locale.js';
import { hostStyles } from '../../styles/host.js';
import type { Partnership, Sector, SwvData } from '../../format/types.js';

/** The name readers see: the partnership's name, or its display code when no name is known. */
export const titleOf = (p: Partnership): string => p.name ?? displayCode(p.code);

/** Everything the search field looks in, folded once per partnership. */
const searchTexts = new WeakMap<Partnership, string>();
function searchTextOf(p: Partnership): string {
  let text = searchTexts.get(p);
  if (text === undefined) {
    const schools = Array.isArray(p.schools) ? p.schools.flatMap((s) => [s.name, s.address?.city ?? '', s.municipality ?? '']) : [];
    text = foldText(
      [p.name, p.legalName, p.code, displayCode(p.code), ...(p.area?.municipalities ?? []), p.contact?.visitingAddress?.city, ...schools].join(' | '),
    );
    searchTexts.set(p, text);
  }
  return text;
}

/**
 * A list of the partnerships in a dataset, optionally filtered and searchable.
 *
 * @tagname swv-overview
 * @summary Lists samenwerkingsverbanden with code, sector, area, summary, school count and website.
 * @fires swv-load - The data was loaded and is shown.
 * @fires swv-error - Loading failed, or nothing matched the filters; `message` says what the reader sees.
 * @slot - Fallback content, shown before the element starts and when loading fails (e.g. a plain link).
 * @csspart base - The wrapper around everything.
 * @csspart status - The polite status line (loading, errors, nothing found).
 * @csspart heading - The count heading ("3 samenwerkingsverbanden").
 * @csspart search - The search field's wrapper.
 * @csspart list - The list of partnerships.
 * @csspart item - One partnership.
 * @csspart item-heading - The name of one partnership.
 * @csspart link - A link.
 */
export class SwvOverview extends SwvDataElement {
  static override styles = [
    hostStyles,
    css`
      .list {
        display: grid;
        gap: var(--swv-gap, 1em);
      }
      .meta {
        margin-block-end: 0.4em;
      }
      .search {
        margin-block-end: var(--swv-gap, 1em);
      }
    `,
  ];

  /** Only partnerships of this sector: `po` or `vo`. */
  @property() sector?: Sector;

  /** Only partnerships whose area contains this municipality (case and accents do not matter). */
  @property() municipality?: string;

  /** Only partnerships whose area contains this postcode (`1234` or `1234 AB`). */
  @property() postcode?: string;

  /** Only these partnerships: codes separated by commas, in any spelling (`PO 26-04, VO2604`). */
  @property() codes?: string;

  /** Shows a search field that narrows the list as the reader types. */
  @property({ type: Boolean }) searchable = false;

  @state() private _query = '';

  protected override lookupQuestion(): LookupQuestion | undefined {
    return this.postcode ? { kind: 'postcodes', key: this.postcode } : undefined;
  }

  /** The partnerships the attribute filters allow, before the reader's search. */
  private _filtered(data: SwvData, found?: string[]): Partnership[] {
    let list = data.partnerships.filter(bySector(this.sector));
    if (this.codes) {
      const codes = parseCodeList(this.codes);
      list = list.filter((p) => codes.includes(p.code));
    }
    if (this.municipality) {
      const inMunicipality = new Set(forMunicipality(data, this.municipality));
      list = list.filter((p) => inMunicipality.has(p));
    }
    if (this.postcode) {
      const atPostcode = new Set(forPostcode(data, this.postcode, found));
      list = list.filter((p) => atPostcode.has(p));
    }
    return list;
  }

  /** What the reader asked for, for the "nothing found" sentence. */
  private _describeFilters(): string {
    const q = this.strings.query;
    const parts: string[] = [];
    if (this.codes) parts.push(q.code(this.codes));
    if (this.municipality) parts.push(q.municipality(this.municipality));
    if (this.postcode) parts.push(q.postcode(this.postcode));
    if (this.sector) parts.push(this.strings.sectorShort[this.sector] ?? this.sector);
    if (this._query.trim()) parts.push(q.search(this._query.trim()));
    return formatList(parts, this.locale);
  }

  protected override renderData(data: SwvData, found?: string[]): View {
    const t = this.strings;
    const filtered = this._filtered(data, found);
    const pc4 = this.postcode ? toPc4(this.postcode) : undefined;
    if (filtered.length === 0 && !this.searchable) {
      if (pc4 && !this.municipality && !this.codes && forPostcode(data, pc4, found).length === 0) return { notFound: t.noPartnershipForPostcode(pc4) };
      return { notFound: t.nothingFound(this._describeFilters() || t.partnerships(0)) };
    }
    const words = foldText(this._query).split(' ').filter(Boolean);
    const shown = filtered
      .filter((p) => words.every((word) => searchTextOf(p).includes(word)))
      .sort((a, b) => collator(this.locale).compare(titleOf(a), titleOf(b)));
    return html`
      ${this.searchable ? this._renderSearch(shown.length) : nothing} ${heading(this.level, t.partnerships(shown.length), 'heading')}
      ${
        shown.length
          ? html`<ul part="list" class="list plain">
              ${shown.map((p) => this._renderItem(p))}
            </ul>`
          : html`<p>${t.nothingFound(this._describeFilters())}</p>`
      }
    `;
  }

  private _renderSearch(results: number): TemplateResult {
    const t = this.strings;
    return html`<div part="search" class="search">
      <label for="q">${t.search.label}</label>
      <input
        id="q"
        type="search"
        autocomplete="off"
        .value=${this._query}
        @input=${(event: Event) => (this._query = (event.target as HTMLInputElement).value)}
      />
      <p class="visually-hidden" role="status">${this._query.trim() ? t.search.results(results) : ''}</p>
    </div>`;
  }

  private _renderItem(p: Partnership): TemplateResult {
    const t = this.strings;
    const title = titleOf(p);
    const schools = schoolCount(p);
    const municipalities = p.area?.municipalities ?? [];
    const summary = pickText(p.summary, this.locale);
    return html`<li part="item" class="item">
      ${heading(this.level + 1, title, 'item-heading')}
      <p class="meta muted">${[displayCode(p.code), t.sector[p.sector], t.scope[p.scope]].join(' · ')}</p>
      ${summary ? html`<p>${summary}</p>` : nothing}
      <dl>
        ${
          municipalities.length
            ? html`<dt>${t.label.municipalities}</dt>
                <dd>${formatList(municipalities, this.locale)}</dd>`
            : nothing
        }
        ${
          schools !== undefined
            ? html`<dt>${t.label.schools}</dt>
                <dd>${schools}</dd>`
            : nothing
        }
      </dl>
      ${p.contact?.website ? html`<p>${link(p.contact.website, t.websiteOf(title))}</p>` : nothing}
    </li>`;
  }
}
