/**
 * What changed since 2015 (mergers, new names, areas that moved), and where a fact comes from:
 * shared by the card and the finder's answers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { link } from './links.js';
import { localText, type ViewContext } from './view.js';
import { formatDate } from '../i18n/intl.js';
import type { Partnership, SourceRef, SwvData } from '../format/types.js';

/** "Bron: swvdeverbinding.nl/…" with a link to the page, or the source's title as text. */
export function sourceNote(c: ViewContext, data: SwvData, refs: SourceRef[] | undefined): TemplateResult | typeof nothing {
  const sources = (refs ?? []).map((ref) => data.sources.find((s) => s.id === ref.source)).filter((s) => s !== undefined);
  if (!sources.length) return nothing;
  return html`<span class="muted">(${c.strings.card.source}: ${sources.map((s, i) => html`${i ? ', ' : ''}${link(s.url, s.title)}`)})</span>`;
}

/** The partnership's changes since 2015, newest first, each with its date and source. */
export function renderChanges(c: ViewContext, p: Partnership, data: SwvData): TemplateResult | typeof nothing {
  if (!p.changes?.length) return nothing;
  const changes = [...p.changes].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return html`<ul part="changes" class="changes">
    ${changes.map((change) => {
      const text = localText(change.text, c.locale);
      return text
        ? html`<li>${change.date ? html`<strong>${formatDate(change.date, c.locale)}</strong>: ` : nothing}${text} ${sourceNote(c, data, change.sources)}</li>`
        : nothing;
    })}
  </ul>`;
}
