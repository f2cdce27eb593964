import { html, css, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { SwvDataElement, type View } from '../../internal/swv-data-element.js';
import { heading } from '../../internal/heading.js';
import { contactItems, documentLink, emailLink, link, phoneLink } from '../../internal/links.js';
import { displayCode } from '../../format/codes.js';
import { bySector, findByCode, forMunicipality, forPostcode, forSchool, schoolCount, schoolsHref, toPc4 } from '../../data/select.js';
import { load, resolvePart } from '../../data/loader.js';
import { DEFAULT_DATA_URL } from '../../default-data.js';
import type { LookupQuestion } from '../../data/lookup.js';
import { SwvLoadError } from '../../data/load-error.js';
import { checkSchools } from '../../format/validate-async.js';
import { collator, formatDate, formatList } from '../../i18n/intl.js';
import { pickText } from '../../i18n/locale.js';
import { hostStyles } from '../../styles/host.js';
import { titleOf } from '../swv-overview/swv-overview.js';
import { oprSummary } from '../opr-info/opr-summary.js';
import type { Address, Partnership, School, Sector, SwvData } from '../../format/types.js';

const addressLines = (a: Address | undefined): string[] =>
  a ? [a.street, [a.postcode, a.city].filter(Boolean).join(' ')].filter((line): line is string => !!line) : [];

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

  /** Code of the partnership, in any spelling (`PO2604`, `PO 26-04`). */
  @property() code?: string;

  /** A school's location code (`03RK00`) or BRIN (`03RK`): shows the school's partnership. */
  @property() school?: string;

  /** A postcode (`3442` or `3442 XH`): shows the partnership of that area. */
  @property() postcode?: string;

  /** A municipality: shows its partnership (asks for a postcode when it is split). */
  @property() municipality?: string;

  /** `po` or `vo`: which partnership to choose for a school, postcode or municipality. */
  @property() sector?: Sector;

  private _shown?: Partnership;
  private _dataUrl?: string;
  private _data?: SwvData;

  /** Schools kept in a separate file load only when the reader opens the list. */
  private readonly _schoolsTask = new Task(this, {
    autoRun: false,
    args: () => [this._shown] as const,
    task: async ([p], { signal }) => {
      const href = p && schoolsHref(p, this._data);
      if (!href) return [] as School[];
      return (await load(resolvePart(href, this._dataUrl), checkSchools, signal)).schools;
    },
    onError: (error) => this.reportFailure(error),
  });

  protected override lookupQuestion(): LookupQuestion | undefined {
    if (this.code) return undefined;
    if (this.school) return { kind: 'schools', key: this.school };
    return this.postcode ? { kind: 'postcodes', key: this.postcode } : undefined;
  }

  /** Which partnership(s) the attributes ask for, and how to describe the question. */
  private _choose(data: SwvData, found?: string[]): { found: Partnership[]; asked: string; nonePostcode?: string } {
    const q = this.strings.query;
    const sector = bySector(this.sector);
    if (this.code) {
      const p = findByCode(data, this.code);
      return { found: p ? [p] : [], asked: q.code(this.code) };
    }
    if (this.school) return { found: forSchool(data, this.school, found).filter(sector), asked: q.school(this.school) };
    if (this.postcode) {
      const pc4 = toPc4(this.postcode);
      const all = forPostcode(data, this.postcode, found);
      return { found: all.filter(sector), asked: q.postcode(this.postcode), nonePostcode: all.length === 0 && pc4 ? pc4 : undefined };
    }
    if (this.municipality) return { found: forMunicipality(data, this.municipality).filter(sector), asked: q.municipality(this.municipality) };
    return { found: [], asked: '' };
  }

  protected override renderData(data: SwvData, lookedUp?: string[]): View {
    const t = this.strings;
    const { found, asked, nonePostcode } = this._choose(data, lookedUp);
    if (found.length === 0) {
      if (nonePostcode) return { notFound: t.noPartnershipForPostcode(nonePostcode) };
      return { notFound: asked ? t.nothingFound(asked) : t.errors['not-found'] };
    }
    if (found.length > 1) return this._renderChoice(found, asked);
    const p = found[0]!;
    if (p !== this._shown) {
      this._shown = p;
      this._data = data;
      // School files are relative to the data file (the packaged one when there is no src).
      this._dataUrl = this.data ? undefined : this.src || DEFAULT_DATA_URL;
    }
    return this._renderCard(p, data);
  }

  /** A municipality split over partnerships (or no sector given): name each with its postcodes. */
  private _renderChoice(found: Partnership[], asked: string): TemplateResult {
    const t = this.strings;
    const wanted = this.municipality?.toLowerCase();
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

  private _renderCard(p: Partnership, data: SwvData): TemplateResult {
    const t = this.strings;
    const sub = this.level + 1;
    const title = titleOf(p);
    const description = pickText(p.description, this.locale) || pickText(p.summary, this.locale);
    return html`<article part="card" class="card item">
      ${heading(this.level, title, 'title')}
      <p class="meta muted">${[displayCode(p.code), t.sector[p.sector], t.scope[p.scope]].join(' · ')}</p>
      ${p.legalName && p.legalName !== p.name ? html`<p>${p.legalName}</p>` : nothing}
      ${description ? description.split(/\n{2,}/).map((para) => html`<p>${para}</p>`) : nothing} ${this._renderArea(p, sub)} ${this._renderContact(p, sub)}
      ${this._renderSupportPoint(p, sub)} ${this._renderPlans(p, sub)}
      ${p.opr ? html`${heading(sub, t.card.opr, 'heading')}${oprSummary(p.opr, title, t)}` : nothing} ${this._renderSchools(p, sub)}
      ${this._renderRelated(p, data, sub)} ${this._renderLinks(p, sub)} ${this._renderSources(p, data)}
    </article>`;
  }

  private _renderArea(p: Partnership, sub: number): TemplateResult | typeof nothing {
    const t = this.strings;
    const area = p.area;
    if (!area?.municipalities?.length && !area?.note && !area?.splitMunicipalities?.length) return nothing;
    const note = pickText(area.note, this.locale);
    return html`${heading(sub, t.card.area, 'heading')} ${area.municipalities?.length ? html`<p>${formatList(area.municipalities, this.locale)}</p>` : nothing}
    ${
      area.splitMunicipalities?.length
        ? html`<ul>
            ${area.splitMunicipalities.map((s) => html`<li>${t.card.splitMunicipality(s.municipality, s.postcodes.join(', '))}</li>`)}
          </ul>`
        : nothing
    }
    ${note ? html`<p>${note}</p>` : nothing}`;
  }

  private _renderContact(p: Partnership, sub: number): TemplateResult | typeof nothing {
    const c = p.contact;
    if (!c) return nothing;
    const t = this.strings;
    const row = (label: string, value: unknown): TemplateResult | typeof nothing =>
      value && value !== nothing
        ? html`<dt>${label}</dt>
            <dd>${value}</dd>`
        : nothing;
    const lines = (a: Address | undefined) => addressLines(a).map((line, i) => html`${i ? html`<br />` : nothing}${line}`);
    return html`${heading(sub, t.card.contact, 'heading')}
      <dl>
        ${row(t.label.visitingAddress, c.visitingAddress && lines(c.visitingAddress))} ${row(t.label.postalAddress, c.postalAddress && lines(c.postalAddress))}
        ${row(t.label.phone, phoneLink(c.phone))} ${row(t.label.email, emailLink(c.email))}
        ${row(t.label.website, c.website ? link(c.website, t.websiteOf(titleOf(p))) : undefined)}
      </dl>`;
  }

  private _renderSupportPoint(p: Partnership, sub: number): TemplateResult | typeof nothing {
    const s = p.supportPoint;
    if (!s) return nothing;
    const t = this.strings;
    const description = pickText(s.description, this.locale) || t.card.supportPointIntro;
    return html`${heading(sub, t.card.supportPoint, 'heading')}
      <p>${description}</p>
      <ul class="plain">
        ${contactItems(s, t.label, t.websiteOf(s.name ?? t.card.supportPoint))}
      </ul>`;
  }

  private _renderPlans(p: Partnership, sub: number): TemplateResult | typeof nothing {
    if (!p.supportPlans?.length) return nothing;
    const t = this.strings;
    const plans = [...p.supportPlans].sort((a, b) => (b.period?.from ?? 0) - (a.period?.from ?? 0));
    return html`${heading(sub, t.card.supportPlan, 'heading')}
      <p>${t.card.supportPlanIntro}</p>
      <ul>
        ${plans.map((plan) => {
          const title = pickText(plan.title, this.locale);
          return html`<li>
            ${documentLink(plan.url, title, this.locale, plan.type, plan.sizeBytes)}${plan.period ? html`, ${t.period(plan.period.from, plan.period.to)}` : nothing}.
            ${plan.oprConsentDate ? t.opr.consentOn(formatDate(plan.oprConsentDate, this.locale)) : nothing}
          </li>`;
        })}
      </ul>`;
  }

  private _renderSchools(p: Partnership, sub: number): TemplateResult | typeof nothing {
    const count = schoolCount(p);
    if (count === undefined) return nothing;
    const t = this.strings;
    const inline = Array.isArray(p.schools) ? p.schools : undefined;
    const separate = !inline && !!schoolsHref(p, this._data);
    const onToggle = (event: Event): void => {
      if ((event.target as HTMLDetailsElement).open && !inline && this._schoolsTask.status === 0) void this._schoolsTask.run();
    };
    const list = inline
      ? this._renderSchoolList(inline)
      : this._schoolsTask.render({
          initial: () => nothing,
          pending: () => html`<p role="status">${t.card.schoolsLoading}</p>`,
          complete: (schools) => this._renderSchoolList(schools),
          error: (error) =>
            html`<p role="status">${error instanceof SwvLoadError ? this.errorMessage(error.kind, error.details.status) : this.errorMessage('network')}</p>`,
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

  private _renderSchoolList(schools: School[]): TemplateResult {
    const t = this.strings;
    const order = collator(this.locale);
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

  private _renderRelated(p: Partnership, data: SwvData, sub: number): TemplateResult | typeof nothing {
    if (!p.related?.length) return nothing;
    const t = this.strings;
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

  private _renderLinks(p: Partnership, sub: number): TemplateResult | typeof nothing {
    if (!p.links?.length) return nothing;
    return html`${heading(sub, this.strings.card.links, 'heading')}
      <ul>
        ${p.links.map((l) => html`<li>${link(l.url, pickText(l.title, this.locale))}</li>`)}
      </ul>`;
  }

  private _renderSources(p: Partnership, data: SwvData): TemplateResult {
    const t = this.strings;
    const refs = p.sources?.length ? p.sources : data.sources.map((s) => ({ source: s.id, date: s.date }));
    const items = refs.map((ref) => {
      const source = data.sources.find((s) => s.id === ref.source);
      const date = ref.date ?? source?.date;
      const title = source?.title ?? ref.source;
      return `${title}${date ? ` (${t.card.referenceDate} ${formatDate(date, this.locale)})` : ''}`;
    });
    return html`<p class="sources muted">${t.card.source}: ${[...new Set(items)].join('; ')}.</p>`;
  }
}
