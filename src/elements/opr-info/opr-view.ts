/**
 * The view of `<opr-info code=…>`: one partnership's OPR. It loads beside the data (see
 * `OnDemand`); the general explanation is part of the element itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import { documentLink, emailLink, link } from '../../internal/links.js';
import { localParagraphs, localText, type View, type ViewContext } from '../../internal/view.js';
import { findByCode, titleOf, wasLeftOut } from '../../data/select.js';
import { formatDate, formatList } from '../../i18n/intl.js';
import { seatsParagraph } from './opr-summary.js';
import { sourceNote } from '../../internal/changes.js';
import { oprTexts } from './opr-texts.js';
import type { Partnership, Sector, SwvData } from '../../format/types.js';

/** Today as `YYYY-MM-DD` (UTC), to compare with meeting dates. */
const today = (): string => new Date().toISOString().slice(0, 10);

/** The OPR of the partnership with this code (and its sector, for the explanation), or a not-found sentence. */
export function renderOprView(c: ViewContext, code: string, data: SwvData): { view: View; sector?: Sector } {
  const p = findByCode(data, code);
  if (!p) return { view: { notFound: wasLeftOut(data, code) ? c.strings.badRecord : c.strings.notFoundCode(c.strings.query.code(code)) } };
  return { view: renderOpr(c, p, data), sector: p.sector };
}

/** The partnership's OPR: seats, vacancies, roles, how to join, contact, upcoming meetings and documents. */
function renderOpr(c: ViewContext, p: Partnership, data: SwvData): TemplateResult {
  const t = c.strings;
  const o = oprTexts.get(c.locale);
  const opr = p.opr ?? {};
  const sub = c.level + 1;
  const name = titleOf(p);
  const roles = opr.roles?.map((r) => o.roleNames[r.role]);
  const howToJoin = localParagraphs(c.locale, opr.howToJoin);
  const upcoming = (opr.meetings ?? []).filter((m) => m.date >= today()).sort((a, b) => a.date.localeCompare(b.date));
  return html`${heading(c.level, o.ofPartnership(name), 'title')} ${seatsParagraph(opr, c)}
  ${roles?.length ? html`<p>${o.roles(formatList([...new Set(roles)], c.locale))}</p>` : nothing}
  ${howToJoin.length ? html`${heading(sub, o.howToJoin, 'heading')} ${howToJoin}` : nothing}
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
      ? html`${heading(sub, o.meetings, 'heading')}
        ${
          upcoming.length
            ? html`<ul>
                ${upcoming.map((m) => {
                  const date = formatDate(m.date, c.locale);
                  const note = localText(m.note, c.locale);
                  const docs = [
                    m.agendaUrl ? link(m.agendaUrl, o.agenda(date)) : undefined,
                    m.minutesUrl ? link(m.minutesUrl, o.minutes(date)) : undefined,
                  ].filter((d) => d !== undefined);
                  return html`<li>
                    ${date}${note ? html`: ${note}` : ''}${docs.length ? html` (${docs.map((d, i) => html`${i ? ', ' : ''}${d}`)})` : nothing}
                  </li>`;
                })}
              </ul>`
            : html`<p>${o.noMeetings}</p>`
        }`
      : nothing
  }
  ${
    opr.documents?.length
      ? html`${heading(sub, o.documents, 'heading')}
          <ul>
            ${opr.documents.map((d) => html`<li>${documentLink(d.url, localText(d.title, c.locale), c.locale, d.type, d.sizeBytes)}</li>`)}
          </ul>`
      : nothing
  }
  ${!p.opr ? html`<p>${o.noData(name)}</p>` : nothing} ${p.opr?.sources?.length ? html`<p class="sources">${sourceNote(c, data, p.opr.sources)}</p>` : nothing}`;
}
