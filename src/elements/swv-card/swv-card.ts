import { css, type PropertyDeclarations } from 'lit';
import { Task } from '@lit/task';
import { SwvDataElement } from '../../internal/swv-data-element.js';
import { OnDemand } from '../../internal/on-demand.js';
import type { View } from '../../internal/view.js';
import type { LookupQuestion } from '../../data/lookup.js';
import { hostStyles } from '../../styles/host.js';
import type { Partnership, Sector, SwvData } from '../../format/types.js';

const view = new OnDemand(() => import('./card-view.js'));

/**
 * One partnership in full: area, description, contact, support point, support plan, OPR,
 * schools, related partnerships and sources.
 *
 * Choose the partnership with `code`, or with `school`, `postcode` or `municipality` plus `sector`.
 *
 * @tagname swv-card
 * @summary Shows one samenwerkingsverband in full, chosen by code, school, postcode or municipality.
 * @fires swv-load - The data was loaded and is shown.
 * @fires swv-error - Loading failed, or the partnership was not found; `message` says what the reader sees.
 * @slot - Fallback content, shown before the element starts and when loading fails (e.g. a plain link).
 * @csspart base - The wrapper around everything.
 * @csspart status - The polite status line (loading, errors, nothing found).
 * @csspart card - The card.
 * @csspart title - The partnership's name.
 * @csspart heading - A section heading.
 * @csspart schools - The expandable school list.
 * @csspart link - A link.
 * @csspart document-link - A link to a document, with its type and size.
 */
export class SwvCard extends SwvDataElement {
  static override styles = [
    hostStyles,
    css`
      .meta {
        margin-block-end: 0.6em;
      }
      details {
        margin-block: 0.4em 0.6em;
      }
      summary {
        cursor: pointer;
        padding-block: 0.2em;
      }
      .place {
        font-weight: bold;
        margin-block: 0.6em 0.2em;
      }
      .sources {
        margin-block: var(--swv-gap, 1em) 0;
      }
    `,
  ];

  static override properties: PropertyDeclarations = { code: {}, school: {}, postcode: {}, municipality: {}, sector: {} };

  /** Code of the partnership, in any spelling (`PO2604`, `PO 26-04`). */
  code?: string;

  /** A school's location code (`03RK00`) or BRIN (`03RK`): shows the school's partnership. */
  school?: string;

  /** A postcode (`3442` or `3442 XH`): shows the partnership of that area. */
  postcode?: string;

  /** A municipality: shows its partnership (asks for a postcode when it is split). */
  municipality?: string;

  /** `po` or `vo`: which partnership to choose for a school, postcode or municipality. */
  sector?: Sector;

  private _shown?: Partnership;

  /** Schools kept in a separate file load only when the reader opens the list. */
  private readonly _schoolsTask = new Task(this, {
    autoRun: false,
    args: () => [this._shown] as const,
    // School files are relative to the data file (the packaged one when there is no src).
    task: ([p], { signal }) => view.module!.loadSchools(p, this.loaded?.data, this.loaded?.url, signal),
    onError: (error) => this.reportFailure(error),
  });

  protected override lookupQuestion(): LookupQuestion | undefined {
    if (this.code) return undefined;
    if (this.school) return { kind: 'schools', key: this.school };
    return this.postcode ? { kind: 'postcodes', key: this.postcode } : undefined;
  }

  /** A whole card: fitted on the default data (58 em at 412 px wide, 38 em at 1280 px). */
  protected override reservedHeight(widthEm: number): number {
    return 28.5 + 775 / widthEm;
  }

  protected override prepare(): Promise<unknown> {
    return view.load();
  }

  protected override renderData(data: SwvData, lookedUp?: string[]): View {
    const { view: content, shown } = view.module!.renderCardView(this.context, this, data, lookedUp, this._schoolsTask);
    if (shown) this._shown = shown;
    return content;
  }
}
