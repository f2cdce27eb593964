import { html, nothing, type TemplateResult } from 'lit';
import { emailLink, link } from '../../internal/links.js';
import type { Strings } from '../../i18n/strings.js';
import type { Opr } from '../../format/types.js';

/** "The OPR has 12 seats: 6 for staff and 6 for parents." — or nothing when the data has no seats. */
export function seatsSentence(opr: Opr, strings: Strings): string | undefined {
  const seats = opr.seats;
  if (!seats) return undefined;
  const t = strings.opr;
  const parts = (['staff', 'parents', 'pupils'] as const).filter((group) => seats[group] !== undefined).map((group) => t.seatsFor[group](seats[group]!));
  return t.seats(seats.total, parts);
}

/** The short OPR block of a card: seats, vacancies, contact and a link to the OPR's page. */
export function oprSummary(opr: Opr, partnershipName: string, t: Strings): TemplateResult {
  const seats = seatsSentence(opr, t);
  return html`<p>${seats ?? nothing} ${opr.vacancies !== undefined ? t.opr.vacancies(opr.vacancies) : nothing}</p>
    ${opr.email ? html`<p>${t.opr.contact}: ${emailLink(opr.email)}</p>` : nothing}
    ${opr.website ? html`<p>${link(opr.website, t.card.oprMore(partnershipName))}</p>` : nothing}`;
}
