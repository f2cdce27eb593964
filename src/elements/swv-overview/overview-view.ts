/**
 * The view of `<swv-overview>`: the list of partnerships. It loads beside the data (see `OnDemand`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import { link } from '../../internal/links.js';
import { localParagraphs, type View, type ViewContext } from '../../internal/view.js';
import { displayCode, parseCodeList, toPc4 } from '../../format/codes.js';
import { areaMunicipalities, bySector, foldText, forMunicipality, forPostcode, schoolCount, titleOf } from '../../data/select.js';
import { collator, formatList } from '../../i18n/intl.js';
import { byProvince } from '../../data/provinces.js';
import type { Partnership, Sector, SwvData } from '../../format/types.js';

/** The overview's filters, from its attributes. */
export interface OverviewQuestion {
  sector?: Sector;
  municipality?: string;
  postcode?: string;
  codes?: string;
  searchable: boolean;
  groupBy?: 'province';
  layout: 'cards' | 'list';
}

/** The reader's search text, kept by the element. */
export interface Search {
  query: string;
  change(query: string): void;
}

/** Everything the search field looks in, folded once per partnership. */
const searchTexts = new WeakMap<Partnership, string>();
function searchTextOf(p: Partnership): string {
  let text = searchTexts.get(p);
  if (text === undefined) {
    const schools = Array.isArray(p.schools) ? p.schools.flatMap((s) => [s.name, s.address?.city ?? '', s.municipality ?? '']) : [];
    text = foldText(
      [
        p.name,
        p.legalName,
        ...(p.alternateNames ?? []),
        p.code,
        displayCode(p.code),
        ...areaMunicipalities(p),
        p.contact?.visitingAddress?.city,
        ...schools,
      ].join(' | '),
    );
    searchTexts.set(p, text);
  }
  return text;
}

/** The partnerships the attribute filters allow, before the reader's search. */
function filtered(q: OverviewQuestion, data: SwvData, found?: string[]): Partnership[] {
  let list = data.partnerships.filter(bySector(q.sector));
  if (q.codes) {
    const codes = parseCodeList(q.codes);
    list = list.filter((p) => codes.includes(p.code));
  }
  if (q.municipality) {
    const inMunicipality = new Set(forMunicipality(data, q.municipality));
    list = list.filter((p) => inMunicipality.has(p));
  }
  if (q.postcode) {
    const atPostcode = new Set(forPostcode(data, q.postcode, found));
    list = list.filter((p) => atPostcode.has(p));
  }
  return list;
}

/** What the reader asked for, for the "nothing found" sentence. */
function describeFilters(c: ViewContext, q: OverviewQuestion, query: string): string {
  const asked = c.strings.query;
  const parts: string[] = [];
  if (q.codes) parts.push(asked.code(q.codes));
  if (q.municipality) parts.push(asked.municipality(q.municipality));
  if (q.postcode) parts.push(asked.postcode(q.postcode));
  if (q.sector) parts.push(c.strings.sectorShort[q.sector] ?? q.sector);
  if (query.trim()) parts.push(asked.search(query.trim()));
  return formatList(parts, c.locale);
}

export function renderOverviewView(c: ViewContext, q: OverviewQuestion, data: SwvData, found: string[] | undefined, search: Search): View {
  const t = c.strings;
  const allowed = filtered(q, data, found);
  const pc4 = q.postcode ? toPc4(q.postcode) : undefined;
  if (allowed.length === 0 && !q.searchable) {
    if (pc4 && !q.municipality && !q.codes && forPostcode(data, pc4, found).length === 0) return { notFound: t.noPartnershipForPostcode(pc4) };
    return { notFound: t.nothingFound(describeFilters(c, q, search.query) || t.partnerships(0)) };
  }
  const words = foldText(search.query).split(' ').filter(Boolean);
  const shown = allowed.filter((p) => words.every((word) => searchTextOf(p).includes(word))).sort((a, b) => collator(c.locale).compare(titleOf(a), titleOf(b)));
  return html`
    ${q.searchable ? renderSearch(c, search, shown.length) : nothing} ${heading(c.level, t.partnerships(shown.length), 'heading')}
    ${shown.length ? (q.groupBy === 'province' ? renderByProvince(c, q, shown) : renderList(c, q, shown, c.level + 1)) : html`<p>${t.nothingFound(describeFilters(c, q, search.query))}</p>`}
  `;
}

function renderList(c: ViewContext, q: OverviewQuestion, partnerships: Partnership[], level: number): TemplateResult {
  return html`<ul part="list" class="list plain ${q.layout === 'list' ? 'lines' : ''}">
    ${partnerships.map((p) => (q.layout === 'list' ? renderLine(c, p) : renderItem(c, p, level)))}
  </ul>`;
}

/** A heading per province, in the provinces' order; national partnerships last. */
function renderByProvince(c: ViewContext, q: OverviewQuestion, partnerships: Partnership[]): TemplateResult[] {
  return byProvince(partnerships, c.strings.scope.national).map(
    ({ name, members }) => html`${heading(c.level + 1, name, 'group-heading')} ${renderList(c, q, members, c.level + 2)}`,
  );
}

/** One line: the name (a link to its website when there is one), the code (unless it is the name) and the municipalities. */
function renderLine(c: ViewContext, p: Partnership): TemplateResult {
  const title = titleOf(p);
  // Split municipalities too: some partnerships have only parts of municipalities.
  const municipalities = areaMunicipalities(p);
  return html`<li part="item" class="item">
    <strong>${p.contact?.website ? link(p.contact.website, title) : title}</strong>${p.name ? ` (${displayCode(p.code)})` : nothing}${
      municipalities.length ? html`: ${formatList(municipalities, c.locale)}` : nothing
    }
  </li>`;
}

function renderSearch(c: ViewContext, search: Search, results: number): TemplateResult {
  const t = c.strings;
  return html`<div part="search" class="search">
    <label for="q">${t.search.label}</label>
    <input id="q" type="search" autocomplete="off" .value=${search.query} @input=${(event: Event) => search.change((event.target as HTMLInputElement).value)} />
    <p class="visually-hidden" role="status">${search.query.trim() ? t.search.results(results) : ''}</p>
  </div>`;
}

function renderItem(c: ViewContext, p: Partnership, level: number): TemplateResult {
  const t = c.strings;
  const title = titleOf(p);
  const schools = schoolCount(p);
  const municipalities = p.area?.municipalities ?? [];
  return html`<li part="item" class="item">
    ${heading(level, title, 'item-heading')}
    <p class="meta muted">${[displayCode(p.code), t.sector[p.sector], t.scope[p.scope]].join(' · ')}</p>
    ${localParagraphs(c.locale, p.summary)}
    <dl>
      ${
        municipalities.length
          ? html`<dt>${t.label.municipalities}</dt>
              <dd>${formatList(municipalities, c.locale)}</dd>`
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
