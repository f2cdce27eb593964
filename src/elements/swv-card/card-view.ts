/**
 * The view of `<swv-card>`: one partnership in full. It loads beside the data (see `OnDemand`),
 * so a page without a card never downloads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import { heading } from '../../internal/heading.js';
import { contactItems, documentLink, emailLink, link, phoneLink } from '../../internal/links.js';
import { errorText, localParagraphs, localText, type View, type ViewContext } from '../../internal/view.js';
import { displayCode, toPc4 } from '../../format/codes.js';
import { bySector, findByCode, wasLeftOut, forMunicipality, forPostcode, forSchool, schoolCount, schoolsHref, titleOf } from '../../data/select.js';
import { checkSchools } from '../../format/validate-async.js';
import { loadPart } from '../../data/parts.js';
import { collator, formatDate, formatList } from '../../i18n/intl.js';
import { oprSummary } from '../opr-info/opr-summary.js';
import { renderChanges } from '../../internal/changes.js';
import type { Address, Partnership, School, Sector, SwvData } from '../../format/types.js';

/** What the card's attributes ask for. */
export interface CardQuestion {
  code?: string;
  school?: string;
  postcode?: string;
  municipality?: string;
  sector?: Sector;
}

/** The schools of the shown partnership, when they are in a separate file: loaded when the reader opens the list. */
export type SchoolsTask = Task<readonly [Partnership | undefined], School[]>;

/** The current year (UTC): a plan that ended before it is no longer in force. */
const thisYear = (): number => new Date().getUTCFullYear();

const addressLines = (a: Address | undefined): string[] =>
  a ? [a.street, [a.postcode, a.city].filter(Boolean).join(' ')].filter((line): line is string => !!line) : [];

/** The schools of a partnership whose schools are in a separate file (relative to the data file at `dataUrl`). */
export async function loadSchools(p: Partnership | undefined, data: SwvData | undefined, dataUrl: string | undefined, signal: AbortSignal): Promise<School[]> {
  const href = p && schoolsHref(p, data);
  if (!href) return [];
  return (await loadPart(href, dataUrl, checkSchools, signal)).schools;
}

/** Which partnership(s) the attributes ask for, and how to describe the question. */
function choose(c: ViewContext, q: CardQuestion, data: SwvData, found?: string[]): { found: Partnership[]; asked: string; nonePostcode?: string } {
  const asked = c.strings.query;
  const sector = bySector(q.sector);
  if (q.code) {
    const p = findByCode(data, q.code);
    return { found: p ? [p] : [], asked: asked.code(q.code) };
  }
  if (q.school) return { found: forSchool(data, q.school, found).filter(sector), asked: asked.school(q.school) };
  if (q.postcode) {
    const pc4 = toPc4(q.postcode);
    const all = forPostcode(data, q.postcode, found);
    return { found: all.filter(sector), asked: asked.postcode(q.postcode), nonePostcode: all.length === 0 && pc4 ? pc4 : undefined };
  }
  if (q.municipality) return { found: forMunicipality(data, q.municipality).filter(sector), asked: asked.municipality(q.municipality) };
  return { found: [], asked: '' };
}

/**
 * The card for the question: the partnership in full (`shown`), a choice when the question has
 * several answers, or a not-found sentence.
 */
export function renderCardView(
  c: ViewContext,
  q: CardQuestion,
  data: SwvData,
  lookedUp: string[] | undefined,
  schools: SchoolsTask,
): { view: View; shown?: Partnership } {
  const t = c.strings;
  const { found, asked, nonePostcode } = choose(c, q, data, lookedUp);
  if (found.length === 0) {
    if (nonePostcode) return { view: { notFound: t.noPartnershipForPostcode(nonePostcode) } };
    if (q.code && wasLeftOut(data, q.code)) return { view: { notFound: t.badRecord } };
    return { view: { notFound: asked ? t.nothingFound(asked) : t.errors['not-found'] } };
  }
  if (found.length > 1) return { view: renderChoice(c, found, asked, q.municipality) };
  const p = found[0]!;
  return { view: renderCard(c, p, data, schools), shown: p };
}

/** A municipality split over partnerships (or no sector given): name each with its postcodes. */
function renderChoice(c: ViewContext, found: Partnership[], asked: string, municipality: string | undefined): TemplateResult {
  const t = c.strings;
  const wanted = municipality?.toLowerCase();
  return html`<p>${t.ambiguous(asked)}</p>
    <ul>
      ${found.map((p) => {
        const split = p.area?.splitMunicipalities?.find((s) => s.municipality.toLowerCase() === wanted);
        return html`<li>
          ${titleOf(p)}
          (${[p.name ? displayCode(p.code) : '', t.sectorShort[p.sector]].filter(Boolean).join(', ')})${split ? html`: ${t.card.splitMunicipality(split.municipality, split.postcodes.join(', '))}` : nothing}
        </li>`;
      })}
    </ul>`;
}

function renderCard(c: ViewContext, p: Partnership, data: SwvData, schools: SchoolsTask): TemplateResult {
  const t = c.strings;
  const sub = c.level + 1;
  const title = titleOf(p);
  const otherNames = (p.alternateNames ?? []).filter((n) => n !== title && n !== p.legalName);
  return html`<article part="card" class="card item">
    ${heading(c.level, title, 'title')}
    <p class="meta muted">${[displayCode(p.code), t.sector[p.sector], t.scope[p.scope]].join(' · ')}</p>
    ${p.legalName && p.legalName !== p.name ? html`<p>${p.legalName}</p>` : nothing}
    ${otherNames.length ? html`<p class="muted">${t.card.alsoKnownAs(otherNames)}</p>` : nothing} ${localParagraphs(c.locale, p.description, p.summary)}
    ${p.changes?.length ? html`${heading(sub, t.card.changes, 'heading')}${renderChanges(c, p, data)}` : nothing} ${renderArea(c, p, sub)}
    ${renderContact(c, p, sub)} ${renderSupportPoint(c, p, sub)} ${renderPlans(c, p, sub)}
    ${p.opr ? html`${heading(sub, t.card.opr, 'heading')}${oprSummary(p.opr, title, c)}` : nothing} ${renderSchools(c, p, data, schools, sub)}
    ${renderRelated(c, p, data, sub)} ${renderLinks(c, p, sub)} ${renderSources(c, p, data)}
  </article>`;
}

function renderArea(c: ViewContext, p: Partnership, sub: number): TemplateResult | typeof nothing {
  const t = c.strings;
  const area = p.area;
  if (!area?.municipalities?.length && !area?.note && !area?.splitMunicipalities?.length) return nothing;
  return html`${heading(sub, t.card.area, 'heading')} ${area.municipalities?.length ? html`<p>${formatList(area.municipalities, c.locale)}</p>` : nothing}
  ${
    area.splitMunicipalities?.length
      ? html`<ul>
          ${area.splitMunicipalities.map((s) => html`<li>${t.card.splitMunicipality(s.municipality, s.postcodes.join(', '))}</li>`)}
        </ul>`
      : nothing
  }
  ${localParagraphs(c.locale, area.note)}`;
}

function renderContact(c: ViewContext, p: Partnership, sub: number): TemplateResult | typeof nothing {
  const contact = p.contact;
  if (!contact) return nothing;
  const t = c.strings;
  const row = (label: string, value: unknown): TemplateResult | typeof nothing =>
    value && value !== nothing
      ? html`<dt>${label}</dt>
          <dd>${value}</dd>`
      : nothing;
  const lines = (a: Address | undefined) => addressLines(a).map((line, i) => html`${i ? html`<br />` : nothing}${line}`);
  return html`${heading(sub, t.card.contact, 'heading')}
    <dl>
      ${row(t.label.visitingAddress, contact.visitingAddress && lines(contact.visitingAddress))}
      ${row(t.label.postalAddress, contact.postalAddress && lines(contact.postalAddress))} ${row(t.label.phone, phoneLink(contact.phone))}
      ${row(t.label.email, emailLink(contact.email))} ${row(t.label.website, contact.website ? link(contact.website, t.websiteOf(titleOf(p))) : undefined)}
    </dl>`;
}

function renderSupportPoint(c: ViewContext, p: Partnership, sub: number): TemplateResult | typeof nothing {
  const s = p.supportPoint;
  if (!s) return nothing;
  const t = c.strings;
  const description = localParagraphs(c.locale, s.description);
  return html`${heading(sub, t.card.supportPoint, 'heading')} ${description.length ? description : html`<p>${t.card.supportPointIntro}</p>`}
    <ul class="plain">
      ${contactItems(s, t.label, t.websiteOf(s.name ?? t.card.supportPoint))}
    </ul>`;
}

function renderPlans(c: ViewContext, p: Partnership, sub: number): TemplateResult | typeof nothing {
  if (!p.supportPlans?.length) return nothing;
  const t = c.strings;
  const plans = [...p.supportPlans].sort((a, b) => (b.period?.from ?? 0) - (a.period?.from ?? 0));
  return html`${heading(sub, t.card.supportPlan, 'heading')}
    <p>${t.card.supportPlanIntro}</p>
    <ul>
      ${plans.map((plan) => {
        const title = localText(plan.title, c.locale);
        return html`<li>
          ${documentLink(plan.url, title, c.locale, plan.type, plan.sizeBytes)}${plan.period ? html`, ${t.period(plan.period.from, plan.period.to)}` : nothing}.
          ${plan.oprConsentDate ? t.opr.consentOn(formatDate(plan.oprConsentDate, c.locale)) : nothing}
          ${plan.period?.to !== undefined && plan.period.to < thisYear() && plan === plans[0] ? t.card.planEnded(plan.period.to) : nothing}
        </li>`;
      })}
    </ul>`;
}

function renderSchools(c: ViewContext, p: Partnership, data: SwvData, schools: SchoolsTask, sub: number): TemplateResult | typeof nothing {
  const count = schoolCount(p);
  if (count === undefined) return nothing;
  const t = c.strings;
  const inline = Array.isArray(p.schools) ? p.schools : undefined;
  const separate = !inline && !!schoolsHref(p, data);
  const onToggle = (event: Event): void => {
    if ((event.target as HTMLDetailsElement).open && !inline && schools.status === 0) void schools.run();
  };
  const list = inline
    ? renderSchoolList(c, inline)
    : schools.render({
        initial: () => nothing,
        pending: () => html`<p role="status">${t.card.schoolsLoading}</p>`,
        complete: (list) => renderSchoolList(c, list),
        error: (error) => html`<p role="status">${errorText(t, error)}</p>`,
      });
  return html`${heading(sub, t.card.schools, 'heading')}
    <p>${t.schools(count)}</p>
    ${
      count > 0 && (inline || separate)
        ? html`<details part="schools" @toggle=${onToggle}>
            <summary>${t.card.showSchools(count)}</summary>
            ${list}
          </details>`
        : nothing
    }`;
}

function renderSchoolList(c: ViewContext, schools: School[]): TemplateResult {
  const t = c.strings;
  const order = collator(c.locale);
  const byPlace = new Map<string, School[]>();
  for (const school of schools) {
    const place = school.address?.city ?? school.municipality ?? '—';
    byPlace.set(place, [...(byPlace.get(place) ?? []), school]);
  }
  const places = [...byPlace.keys()].sort(order.compare);
  const anyDerived = schools.some((s) => s.membership === 'derived');
  return html`${anyDerived ? html`<p class="muted">${t.card.derivedNote}</p>` : nothing}
    <ul class="plain">
      ${places.map(
        (place) =>
          html`<li>
            <p class="place">${place}</p>
            <ul>
              ${byPlace
                .get(place)!
                .sort((a, b) => order.compare(a.name, b.name))
                .map(
                  (s) =>
                    html`<li>
                      ${s.website ? link(s.website, s.name) : s.name}<span class="muted"
                        >${[s.type, s.denomination, s.membership === 'derived' ? t.card.derived : ''].filter(Boolean).map((d) => ` · ${d}`)}</span
                      >
                    </li>`,
                )}
            </ul>
          </li>`,
      )}
    </ul>`;
}

function renderRelated(c: ViewContext, p: Partnership, data: SwvData, sub: number): TemplateResult | typeof nothing {
  if (!p.related?.length) return nothing;
  const t = c.strings;
  return html`${heading(sub, t.card.related, 'heading')}
    <ul>
      ${p.related.map((code) => {
        const other = findByCode(data, code);
        const name = other ? titleOf(other) : displayCode(code);
        const sector = other ? t.sectorShort[other.sector] : undefined;
        const web = other?.contact?.website;
        return html`<li>${web ? link(web, name) : name}${name !== displayCode(code) ? ` (${displayCode(code)})` : ''}${sector ? `, ${sector}` : ''}</li>`;
      })}
    </ul>`;
}

function renderLinks(c: ViewContext, p: Partnership, sub: number): TemplateResult | typeof nothing {
  if (!p.links?.length) return nothing;
  return html`${heading(sub, c.strings.card.links, 'heading')}
    <ul>
      ${p.links.map((l) => html`<li>${link(l.url, localText(l.title, c.locale))}</li>`)}
    </ul>`;
}

/** Every source of the record, once each, with its reference date; web pages as links. */
function renderSources(c: ViewContext, p: Partnership, data: SwvData): TemplateResult {
  const t = c.strings;
  const refs = p.sources?.length ? p.sources : data.sources.map((s) => ({ source: s.id, date: s.date }));
  const seen = new Set<string>();
  const items = refs
    .filter((ref) => !seen.has(ref.source) && !!seen.add(ref.source))
    .map((ref) => {
      const source = data.sources.find((s) => s.id === ref.source);
      const date = ref.date ?? source?.date;
      return html`${link(source?.url, source?.title ?? ref.source)}${date ? ` (${t.card.referenceDate} ${formatDate(date, c.locale)})` : ''}`;
    });
  return html`<p class="sources muted">${t.card.source}: ${items.map((item, i) => html`${i ? '; ' : ''}${item}`)}.</p>`;
}
