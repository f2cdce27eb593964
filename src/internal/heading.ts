import { html, type TemplateResult } from 'lit';
import { softHyphens } from '../i18n/soft-hyphens.js';

/** A heading level from an attribute value: 1 to 6, anything else gives the default. */
export function toHeadingLevel(value: unknown, fallback = 2): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/**
 * A native heading at the level the host page chose. Levels below 6 stay at 6 (HTML has no h7).
 * The visual size comes from the `part`/class, never from the level. Text (e.g. a partnership's
 * name) gets soft hyphens in its long Dutch words: headings are large, and narrow screens are too.
 */
export function heading(level: number, content: unknown, part: string): TemplateResult {
  if (typeof content === 'string') content = softHyphens(content);
  switch (Math.min(6, Math.max(1, level))) {
    case 1:
      return html`<h1 part=${part} class=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part}>${content}</h6>`;
  }
}
