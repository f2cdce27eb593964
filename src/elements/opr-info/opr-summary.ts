import { html, nothing, type TemplateResult } from 'lit';
import { emailLink, link } from '../../internal/links.js';
import type { ViewContext } from '../../internal/view.js';
import { formatDate } from '../../i18n/intl.js';
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

/** "In maart 2020: 3 plekken vrij." when the data says when; else "Er zijn nu …"; nothing without a number. */
export function vacanciesSentence(opr: Opr, c: ViewContext): string | undefined {
  if (opr.vacancies === undefined) return undefined;
  const t = c.strings.opr;
  return opr.vacanciesDate ? t.vacanciesOn(opr.vacancies, formatDate(opr.vacanciesDate, c.locale)) : t.vacancies(opr.vacancies);
}

/** One paragraph with the seats and the vacancies, or nothing when the data has neither. */
export function seatsParagraph(opr: Opr, c: ViewContext): TemplateResult | typeof nothing {
  const seats = seatsSentence(opr, c.strings);
  const vacancies = vacanciesSentence(opr, c);
  return seats || vacancies ? html`<p>${seats ?? nothing} ${vacancies ?? nothing}</p>` : nothing;
}

/** The short OPR block of a card: seats, vacancies, contact and a link to the OPR's page. */
export function oprSummary(opr: Opr, partnershipName: string, c: ViewContext): TemplateResult {
  const t = c.strings;
  return html`${seatsParagraph(opr, c)} ${opr.email ? html`<p>${t.opr.contact}: ${emailLink(opr.email)}</p>` : nothing}
  ${opr.website ? html`<p>${link(opr.website, t.card.oprMore(partnershipName))}</p>` : nothing}`;
}
