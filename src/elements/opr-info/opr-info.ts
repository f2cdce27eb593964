import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { SwvDataElement, type View } from '../../internal/swv-data-element.js';
import { heading } from '../../internal/heading.js';
import { documentLink, emailLink, link } from '../../internal/links.js';
import { findByCode } from '../../data/select.js';
import { formatDate } from '../../i18n/intl.js';
import { pickText } from '../../i18n/locale.js';
import { titleOf } from '../swv-overview/swv-overview.js';
import { seatsSentence } from './opr-summary.js';
import type { Partnership, Sector, SwvData } from '../../format/types.js';

/** Today as `YYYY-MM-DD` (UTC), to compare with meeting dates. */
const today = (): string => new Date().toISOString().slice(0, 10);

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
  /** Code of a partnership (any spelling): also show its OPR. */
  @property() code?: string;

  /** `po` or `vo`: who sits in the OPR (in `vo` also pupils). With `code`, the partnership's sector. */
  @property() sector?: Sector;

  private _partnershipSector?: Sector;

  protected override needsData(): boolean {
    return !!this.code;
  }

  protected override render(): TemplateResult {
    if (!this.stringsReady()) return super.render();
    return html`${this.code ? super.render() : nothing}${this._renderExplanation(this.code ? this.level + 1 : this.level)}`;
  }

  private _renderExplanation(level: number): TemplateResult {
    const t = this.strings.opr;
    const sub = level + 1;
    const sector = this.sector ?? this._partnershipSector ?? 'po';
    return html`<section part="explanation">
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

  protected override renderData(data: SwvData): View {
    const p = this.code ? findByCode(data, this.code) : undefined;
    if (!p) return { notFound: this.strings.notFoundCode(this.strings.query.code(this.code ?? '')) };
    this._partnershipSector = p.sector;
    return this._renderPartnership(p);
  }

  private _renderPartnership(p: Partnership): TemplateResult {
    const t = this.strings;
    const opr = p.opr ?? {};
    const sub = this.level + 1;
    const name = titleOf(p);
    const seats = seatsSentence(opr, t);
    const roles = opr.roles?.map((r) => t.opr.roleNames[r.role]);
    const howToJoin = pickText(opr.howToJoin, this.locale);
    const upcoming = (opr.meetings ?? []).filter((m) => m.date >= today()).sort((a, b) => a.date.localeCompare(b.date));
    return html`${heading(this.level, t.opr.ofPartnership(name), 'title')}
    ${seats ? html`<p>${seats} ${opr.vacancies !== undefined ? t.opr.vacancies(opr.vacancies) : nothing}</p>` : nothing}
    ${!seats && opr.vacancies !== undefined ? html`<p>${t.opr.vacancies(opr.vacancies)}</p>` : nothing}
    ${roles?.length ? html`<p>${t.opr.roles([...new Set(roles)])}</p>` : nothing}
    ${
      howToJoin
        ? html`${heading(sub, t.opr.howToJoin, 'heading')}
            <p>${howToJoin}</p>`
        : nothing
    }
    ${
      opr.email || opr.website
        ? html`${heading(sub, t.opr.contact, 'heading')}
            <ul class="plain">
              ${opr.email ? html`<li>${t.label.email}: ${emailLink(opr.email)}</li>` : nothing}
              ${opr.website ? html`<li>${link(opr.website, t.card.oprMore(name))}</li>` : nothing}
            </ul>`
        : nothing
    }
    ${
      opr.meetings
        ? html`${heading(sub, t.opr.meetings, 'heading')}
          ${
            upcoming.length
              ? html`<ul>
                  ${upcoming.map((m) => {
                    const date = formatDate(m.date, this.locale);
                    const note = pickText(m.note, this.locale);
                    const docs = [
                      m.agendaUrl ? link(m.agendaUrl, t.opr.agenda(date)) : undefined,
                      m.minutesUrl ? link(m.minutesUrl, t.opr.minutes(date)) : undefined,
                    ].filter((d) => d !== undefined);
                    return html`<li>
                      ${date}${note ? `: ${note}` : ''}${docs.length ? html` (${docs.map((d, i) => html`${i ? ', ' : ''}${d}`)})` : nothing}
                    </li>`;
                  })}
                </ul>`
              : html`<p>${t.opr.noMeetings}</p>`
          }`
        : nothing
    }
    ${
      opr.documents?.length
        ? html`${heading(sub, t.opr.documents, 'heading')}
            <ul>
              ${opr.documents.map((d) => html`<li>${documentLink(d.url, pickText(d.title, this.locale), this.locale, d.type, d.sizeBytes)}</li>`)}
            </ul>`
        : nothing
    }
    ${!p.opr ? html`<p>${t.opr.noData(name)}</p>` : nothing}`;
  }
}
