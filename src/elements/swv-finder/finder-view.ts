/**
 * The view of `<swv-finder>`: the search field with its suggestions, the search itself (the school
 * index) and the answer below the field. It loads beside the data (see `OnDemand`); the element
 * keeps the field's state and handles its events.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import { heading } from '../../internal/heading.js';
import { contactItems } from '../../internal/links.js';
import { errorText, localParagraphs, type ViewContext } from '../../internal/view.js';
import { displayCode } from '../../format/codes.js';
import { bySector, findByCode, forMunicipality, forPostcode, titleOf, withCodes, type MunicipalityMatch } from '../../data/select.js';
import { renderChanges } from '../../internal/changes.js';
import { lookUp } from '../../data/lookup.js';
import { hasSchoolNames, schoolIndex, type SchoolEntry } from '../../data/search-index.js';
import type { SelectKind } from '../../events/swv-select.js';
import type { Strings } from '../../i18n/strings.js';
import { finderTexts, type FinderTexts } from './finder-texts.js';
import { mayBeSchool, onlyMeaning, suggest, type Suggestion } from './suggest.js';
import type { Loaded } from '../../internal/swv-data-element.js';
import type { Partnership, Sector, SwvData } from '../../format/types.js';

export { hasSchoolNames, schoolIndex } from '../../data/search-index.js';
export { mayBeSchool, suggest, suggestionText } from './suggest.js';
export { finderTexts } from './finder-texts.js';

/** What the reader chose, or typed and submitted. */
export type Choice = Suggestion | { kind: 'text'; text: string };

/** What the finder shows below the field. */
export type Outcome =
  | {
      kind: 'found';
      asked: string;
      select: SelectKind;
      query: string;
      partnerships: Partnership[];
      municipality?: string;
      /** The former or other name the reader chose the municipality by. */
      via?: MunicipalityMatch['via'];
      school?: SchoolEntry;
    }
  | { kind: 'choose'; text: string; options: Suggestion[] }
  | { kind: 'nothing'; sentence: string };

/** The answer to the reader's choice, worked out when the reader chooses. */
export type OutcomeTask = Task<readonly [Choice | undefined], Outcome | undefined>;

/** The field's state, kept by the element. */
export interface Field {
  text: string;
  suggestions: Suggestion[];
  open: boolean;
  /** The index of the highlighted suggestion, or -1. */
  active: number;
  schoolsLoading: boolean;
}

/** What the field does, handled by the element. */
export interface FieldEvents {
  submit(event: Event): void;
  input(event: Event): void;
  keydown(event: KeyboardEvent): void;
  focus(): void;
  blur(): void;
  choose(suggestion: Suggestion): void;
}

/** The search form (a combobox with its list of suggestions) and the answer below it. */
export function renderFinder(c: ViewContext, data: SwvData, field: Field, on: FieldEvents, outcome: OutcomeTask): TemplateResult {
  const t = finderTexts.get(c.locale);
  const open = field.open && field.suggestions.length > 0;
  const active = open && field.active >= 0 ? `option-${field.active}` : undefined;
  return html`<form part="form" role="search" @submit=${on.submit} novalidate>
      <label for="q">${t.label}</label>
      <p id="hint" class="muted">${t.hint}</p>
      <div class="field">
        <input
          id="q"
          part="input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="suggestions"
          aria-describedby="hint"
          aria-activedescendant=${active ?? nothing}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          .value=${field.text}
          @input=${on.input}
          @keydown=${on.keydown}
          @focus=${on.focus}
          @blur=${on.blur}
        />
        <button part="button" type="submit">${t.submit}</button>
        <ul id="suggestions" part="listbox" role="listbox" aria-label=${t.suggestionsLabel} ?hidden=${!open}>
          ${open ? field.suggestions.map((s, i) => renderOption(c, s, i === field.active, i, on)) : nothing}
        </ul>
      </div>
      <p class="visually-hidden" role="status">
        ${field.text.trim() ? (field.schoolsLoading && field.suggestions.length === 0 ? t.schoolsLoading : t.suggestions(field.suggestions.length)) : ''}
      </p>
    </form>
    ${renderOutcome(c, data, outcome, on.choose)}`;
}

function renderOption(c: ViewContext, s: Suggestion, selected: boolean, index: number, on: FieldEvents): TemplateResult {
  const [label, kind] = describe(finderTexts.get(c.locale), s);
  return html`<li
    id="option-${index}"
    part="option"
    role="option"
    aria-selected=${selected ? 'true' : 'false'}
    @mousedown=${(event: Event) => event.preventDefault()}
    @click=${() => on.choose(s)}
  >
    ${label}<span class="visually-hidden">, </span><span class="kind muted">${kind}</span>
  </li>`;
}

/** The answer to a choice: the partnerships it leads to, choices when text has several meanings, or a sentence. */
export async function resolve(
  c: ViewContext,
  choice: Choice,
  loaded: Pick<Loaded, 'data' | 'url'>,
  sector: Sector | undefined,
  signal: AbortSignal,
): Promise<Outcome> {
  const t = c.strings;
  const f = finderTexts.get(c.locale);
  const { data, url } = loaded;
  if (choice.kind === 'text') {
    const text = choice.text;
    if (!text) return { kind: 'nothing', sentence: f.empty };
    const schools = hasSchoolNames(data) && mayBeSchool(text) ? await schoolIndex(data, url) : undefined;
    const options = suggest(data, schools, text, sector);
    const only = onlyMeaning(options, text);
    if (only) return resolve(c, only, loaded, sector, signal);
    return options.length ? { kind: 'choose', text, options } : { kind: 'nothing', sentence: f.nothing(text) };
  }
  const q = t.query;
  const inSector = bySector(sector);
  switch (choice.kind) {
    case 'postcode': {
      const codes = await lookUp(data, url, { kind: 'postcodes', key: choice.pc4 }, signal);
      const all = forPostcode(data, choice.pc4, codes);
      if (all.length === 0) return { kind: 'nothing', sentence: t.noPartnershipForPostcode(choice.pc4) };
      return found(t, q.postcode(choice.pc4), 'postcode', choice.pc4, all.filter(inSector));
    }
    case 'municipality':
      return found(t, q.municipality(choice.name), 'municipality', choice.name, forMunicipality(data, choice.name).filter(inSector), {
        municipality: choice.name,
        ...(choice.via ? { via: choice.via } : {}),
      });
    case 'partnership': {
      const p = findByCode(data, choice.code);
      return found(t, q.code(displayCode(choice.code)), 'partnership', choice.code, p ? [p] : []);
    }
    case 'school':
      return found(
        t,
        choice.school.city ? `${choice.school.name} (${choice.school.city})` : choice.school.name,
        'school',
        choice.school.code,
        withCodes(data, choice.school.partnerships).filter(inSector),
        { school: choice.school },
      );
    default: {
      const codes = (await lookUp(data, url, { kind: 'schools', key: choice.code }, signal)) ?? [];
      return found(t, q.school(choice.code), 'school', choice.code, withCodes(data, codes).filter(inSector));
    }
  }
}

function found(
  t: Strings,
  asked: string,
  select: SelectKind,
  query: string,
  partnerships: Partnership[],
  about: { municipality?: string; via?: MunicipalityMatch['via']; school?: SchoolEntry } = {},
): Outcome {
  if (partnerships.length === 0) return { kind: 'nothing', sentence: t.nothingFound(asked) };
  const ordered = [...partnerships].sort((a, b) => (a.sector === b.sector ? 0 : a.sector === 'po' ? -1 : 1));
  return { kind: 'found', asked, select, query, partnerships: ordered, ...about };
}

/** What a suggestion is called, and what kind of thing it is ("Woerden", "gemeente"). */
function describe(t: FinderTexts, s: Suggestion): [label: string, kind: string] {
  switch (s.kind) {
    case 'postcode':
      return [t.postcode(s.pc4), t.kind.postcode];
    case 'municipality': {
      const via = s.via;
      if (!via) return [s.name, t.kind.municipality];
      const how = via.kind === 'other' ? t.alsoCalled(via.name) : via.part ? t.partlyFormerly(via.name) : t.formerly(via.name);
      return [s.name, `${t.kind.municipality}, ${how}`];
    }
    case 'partnership':
      return [s.name === s.code ? displayCode(s.code) : s.name, `${t.kind.partnership} ${displayCode(s.code)}`];
    case 'school':
      return [s.school.name, s.school.city ? t.schoolIn(s.school.city) : t.kind.school];
    default:
      return [t.schoolCode(s.code), t.kind.school];
  }
}

function renderOutcome(c: ViewContext, data: SwvData, task: OutcomeTask, choose: (s: Suggestion) => void): TemplateResult | typeof nothing {
  const t = c.strings;
  const f = finderTexts.get(c.locale);
  return (
    task.render({
      pending: () => html`<p role="status">${t.loading}</p>`,
      complete: (outcome) => {
        if (!outcome) return nothing;
        switch (outcome.kind) {
          case 'nothing':
            return html`<div part="result" class="result"><p class="status problem" role="status">${outcome.sentence}</p></div>`;
          case 'choose':
            return html`<div part="result" class="result">
              <p role="status">${f.choose(outcome.text)}</p>
              <ul class="choices">
                ${outcome.options.map((s) => html`<li><button type="button" @click=${() => choose(s)}>${optionText(f, s)}</button></li>`)}
              </ul>
            </div>`;
          default:
            return renderFound(c, outcome, data);
        }
      },
      error: (error) => html`<p class="status problem" role="status">${errorText(t, error)}</p>`,
    }) ?? nothing
  );
}

/** One line naming a suggestion and what kind of thing it is (a postcode or school code says so itself). */
function optionText(t: FinderTexts, s: Suggestion): string {
  const [label, kind] = describe(t, s);
  return s.kind === 'postcode' || s.kind === 'school-code' ? label : `${label} (${kind})`;
}

/** "Bedum hoort sinds 2019 bij de gemeente Het Hogeland." / "Den Haag heet officieel 's-Gravenhage." */
function viaSentence(t: FinderTexts, via: NonNullable<MunicipalityMatch['via']>, today: string): string {
  const year = via.date?.slice(0, 4);
  if (via.kind === 'other') return t.officialName(via.name, today);
  return via.part ? t.partNowPartOf(via.name, today, year) : t.nowPartOf(via.name, today, year);
}

function renderFound(c: ViewContext, outcome: Extract<Outcome, { kind: 'found' }>, data: SwvData): TemplateResult {
  const t = finderTexts.get(c.locale);
  const split = outcome.municipality
    ? outcome.partnerships.some((p) => p.area?.splitMunicipalities?.some((s) => s.municipality === outcome.municipality))
    : false;
  return html`<section part="result" class="result" aria-labelledby="result-heading">
    <p class="visually-hidden" role="status">${t.found(c.strings.partnerships(outcome.partnerships.length), outcome.asked)}</p>
    <div id="result-heading">${heading(c.level, t.resultsFor(outcome.asked), 'heading')}</div>
    ${outcome.via && outcome.municipality ? html`<p>${viaSentence(t, outcome.via, outcome.municipality)}</p>` : nothing}
    ${outcome.school ? html`<p>${t.schoolBelongs(outcome.school.name)}</p>` : nothing} ${split ? html`<p>${t.split(outcome.municipality!)}</p>` : nothing}
    <ul class="cards plain">
      ${outcome.partnerships.map((p) => renderCompactCard(c, p, outcome.municipality, data))}
    </ul>
    ${outcome.school ? html`<p class="muted">${outcome.school.derived ? t.how.derived : t.how.read}</p>` : nothing}
  </section>`;
}

function renderCompactCard(c: ViewContext, p: Partnership, municipality: string | undefined, data: SwvData): TemplateResult {
  const t = c.strings;
  const title = titleOf(p);
  const split = municipality ? p.area?.splitMunicipalities?.find((s) => s.municipality === municipality) : undefined;
  const contact = contactItems(p.contact ?? {}, t.label, t.websiteOf(title));
  return html`<li part="item" class="item">
    ${heading(c.level + 1, title, 'item-heading')}
    <p class="meta muted">${[t.sector[p.sector], p.name ? displayCode(p.code) : ''].filter(Boolean).join(' · ')}</p>
    ${split ? html`<p>${t.card.splitMunicipality(split.municipality, split.postcodes.join(', '))}</p>` : nothing} ${localParagraphs(c.locale, p.summary)}
    ${renderChanges(c, p, data)}
    ${
      contact.length
        ? html`<ul class="plain">
            ${contact}
          </ul>`
        : html`<p class="muted">${finderTexts.get(c.locale).noContact}</p>`
    }
  </li>`;
}
