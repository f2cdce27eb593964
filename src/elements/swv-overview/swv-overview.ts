import { css, type PropertyDeclarations } from 'lit';
import { SwvDataElement } from '../../internal/swv-data-element.js';
import { OnDemand } from '../../internal/on-demand.js';
import type { View } from '../../internal/view.js';
import type { LookupQuestion } from '../../data/lookup.js';
import { hostStyles } from '../../styles/host.js';
import { formStyles } from '../../styles/form.js';
import type { Sector, SwvData } from '../../format/types.js';

const view = new OnDemand(() => import('./overview-view.js'));

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
 * @csspart group-heading - With `group-by="province"`: the name of a province.
 * @csspart link - A link.
 */
export class SwvOverview extends SwvDataElement {
  static override styles = [
    hostStyles,
    formStyles,
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
      .lines {
        gap: 0.4em;
      }
      .lines > .item {
        border: none;
        padding: 0;
        background: none;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    sector: {},
    municipality: {},
    postcode: {},
    codes: {},
    searchable: { type: Boolean },
    groupBy: { attribute: 'group-by' },
    layout: {},
    _query: { state: true, attribute: false },
  };

  /** Only partnerships of this sector: `po` or `vo`. */
  sector?: Sector;

  /** Only partnerships whose area contains this municipality (case and accents do not matter). */
  municipality?: string;

  /** Only partnerships whose area contains this postcode (`1234` or `1234 AB`). */
  postcode?: string;

  /** Only these partnerships: codes separated by commas, in any spelling (`PO 26-04, VO2604`). */
  codes?: string;

  /** Shows a search field that narrows the list as the reader types. */
  searchable = false;

  /** `province`: a heading per province (the province is in the code: PO 26-04 is in Utrecht), national partnerships last. */
  groupBy?: 'province';

  /** `cards` (default): each partnership in full. `list`: one line each (name, code, municipalities), for a national page. */
  layout: 'cards' | 'list' = 'cards';

  private _query = '';

  protected override lookupQuestion(): LookupQuestion | undefined {
    return this.postcode ? { kind: 'postcodes', key: this.postcode } : undefined;
  }

  /**
   * The heading and the items it will list: as many as `codes` names, two for a municipality or
   * a postcode (the PO and the VO partnership), a screenful for the whole list. An item is fitted
   * on the default data (19 em at 412 px wide, 12.5 em at 1280 px).
   */
  protected override reservedHeight(widthEm: number): number {
    const items = this.codes ? this.codes.split(/[\s,;]+/).filter(Boolean).length : this.municipality || this.postcode ? 2 : 4;
    return 3 + items * (this.layout === 'list' ? 1.5 + 60 / widthEm : 9.5 + 243 / widthEm);
  }

  protected override prepare(): Promise<unknown> {
    return view.load();
  }

  protected override renderData(data: SwvData, found?: string[]): View {
    return view.module!.renderOverviewView(this.context, this, data, found, { query: this._query, change: (query) => (this._query = query) });
  }
}
