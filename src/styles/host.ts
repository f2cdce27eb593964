import { css } from 'lit';

/**
 * The contract every element keeps with its host page: fonts, sizes and colours inherit; colours
 * are derived from the inherited text colour, so the element follows a light or dark page and
 * never draws white on white. Tokens (`--swv-*`) and parts let hosts restyle it.
 *
 * The custom properties (`--swv-*`) are documented on `SwvDataElement`, so every element lists them.
 */
export const hostStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
    line-height: 1.5;
    /* Long Dutch words carry soft hyphens (Chromium on Linux has no Dutch dictionary); where a
       browser has one, it hyphenates the rest; what still does not fit (an address) breaks anywhere. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  :host([hidden]) {
    display: none;
  }
  /* While loading: the space the content will take (each element estimates it), so the page does not jump. */
  .base.busy {
    min-block-size: var(--swv-min-height, var(--swv-reserve, 6rem));
  }
  /* Content shorter than the space kept for it, with the page's text below it on screen: the space
     stays (no jump) until the reader acts in the element. */
  .base.keep {
    min-block-size: var(--swv-min-height, var(--swv-reserve));
  }
  .status {
    margin-block: 0;
  }
  .status.problem {
    border-inline-start: 0.25em solid var(--swv-accent, currentColor);
    padding-inline-start: 0.75em;
    margin-block-end: var(--swv-gap, 1em);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--swv-heading-font, inherit);
    line-height: 1.25;
    margin-block: var(--swv-gap, 1em) 0.4em;
    color: inherit;
  }
  .title {
    font-size: 1.35em;
    margin-block-start: 0;
  }
  .subtitle {
    font-size: 1.1em;
  }
  .minor {
    font-size: 1em;
  }
  p {
    margin-block: 0 0.6em;
  }
  ul {
    margin-block: 0 0.6em;
    padding-inline-start: 1.25em;
  }
  ul.plain {
    list-style: none;
    padding-inline-start: 0;
  }
  a {
    color: var(--swv-link-color, inherit);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a,
  summary {
    min-block-size: 24px;
  }
  /* A link that is a list item's only target is at least 24 px high (WCAG 2.5.8), also when it is alone on its line. */
  li > a:only-child {
    display: inline-block;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  /* In right-to-left text, a link (often a Dutch name or an address) runs in the direction of its own words. */
  [dir='rtl'] a {
    unicode-bidi: plaintext;
  }
  :focus-visible {
    outline: 2px solid var(--swv-accent, currentColor);
    outline-offset: 2px;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0.2em 1em;
    margin-block: 0 0.6em;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
  }
  @media (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: 0.4em;
    }
  }
  .muted {
    color: var(--swv-muted-color, inherit);
    font-size: 0.9em;
  }
  .item > :first-child {
    margin-block-start: 0;
  }
  .item {
    /* Each item lays out on its own: a long list renders faster, and nothing inside moves the rest. */
    contain: layout style;
    border: 1px solid var(--swv-border-color, color-mix(in srgb, currentColor 35%, transparent));
    border-radius: var(--swv-radius, 0.4em);
    background: var(--swv-surface, transparent);
    padding: 0.75em 1em;
  }
  @media (forced-colors: active) {
    .item,
    .status.problem {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
