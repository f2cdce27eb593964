import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SwvDataElement } from '../../internal/swv-data-element.js';
import { OnDemand } from '../../internal/on-demand.js';
import type { View } from '../../internal/view.js';
import { heading } from '../../internal/heading.js';
import type { Sector, SwvData } from '../../format/types.js';
import { oprTexts } from './opr-texts.js';

const view = new OnDemand(() => import('./opr-view.js'));

/**
 * Explains the ondersteuningsplanraad (OPR) in plain language. With `code`, also shows that
 * partnership's OPR: seats, vacancies, how to join, contact, upcoming meetings and documents.
 * Never shows personal names.
 *
 * @tagname opr-info
 * @summary Explains the OPR (support plan council), and optionally one partnership's OPR.
 * @fires swv-load - With `code`: the data was loaded and is shown.
 * @fires swv-error - With `code`: loading failed, or the partnership was not found.
 * @slot - Fallback content, shown when loading the partnership's data fails.
 * @csspart base - The wrapper around the partnership's part.
 * @csspart status - The polite status line (loading, errors, nothing found).
 * @csspart explanation - The general explanation.
 * @csspart title - The main heading.
 * @csspart heading - A section heading.
 * @csspart link - A link.
 * @csspart document-link - A link to a document, with its type and size.
 */
export class OprInfo extends SwvDataElement {
  static override properties: PropertyDeclarations = { code: {}, sector: {} };

  /** Code of a partnership (any spelling): also show its OPR. */
  code?: string;

  /** `po` or `vo`: who sits in the OPR (in `vo` also pupils). With `code`, the partnership's sector. */
  sector?: Sector;

  private _partnershipSector?: Sector;

  protected override needsData(): boolean {
    return !!this.code;
  }

  /** The shared texts and the explanation's own, in the element's language. */
  protected override stringsReady(): boolean {
    return super.stringsReady() && oprTexts.ready(this.locale, () => this.requestUpdate());
  }

  protected override render(): TemplateResult {
    if (!this.stringsReady()) return super.render();
    return html`${this.code ? super.render() : nothing}${this._renderExplanation(this.code ? this.level + 1 : this.level)}`;
  }

  private _renderExplanation(level: number): TemplateResult {
    const t = oprTexts.get(this.locale);
    const sub = level + 1;
    const sector = this.sector ?? this._partnershipSector ?? 'po';
    return html`<section part="explanation" lang=${this.locale} dir=${ifDefined(this.contentDirection)}>
      ${heading(level, t.title, level === this.level ? 'title' : 'heading')}
      <p>${t.intro}</p>
      ${heading(sub, t.whoTitle, 'heading')}
      <p>${t.who[sector]} ${t.whoChosen}</p>
      ${heading(sub, t.whatTitle, 'heading')}
      <ul>
        ${t.what.map((item) => html`<li>${item}</li>`)}
      </ul>
      ${heading(sub, t.joinTitle, 'heading')}
      <p>${t.join}</p>
    </section>`;
  }

  /** The partnership's OPR above the explanation: a heading and a few lines. */
  protected override reservedHeight(): number {
    return 8;
  }

  /** The view of the partnership's OPR, and the explanation in the element's language, beside the data. */
  protected override prepare(): Promise<unknown> {
    return Promise.all([view.load(), oprTexts.load(this.locale)]);
  }

  protected override renderData(data: SwvData): View {
    const { view: content, sector } = view.module!.renderOprView(this.context, this.code ?? '', data);
    if (sector) this._partnershipSector = sector;
    return content;
  }
}
