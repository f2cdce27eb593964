import { css } from 'lit';

/**
 * Fields and buttons as the host page's text draws them (inherited font and colour, a border in
 * the text colour), at least 24 px high (WCAG 2.5.8). Only the elements with a form use them
 * (finder, overview, map), so a card or `<opr-info>` does not carry them.
 */
export const formStyles = css`
  label {
    display: block;
    font-weight: bold;
    margin-block-end: 0.25em;
  }
  input,
  button {
    font: inherit;
    color: inherit;
    border: 2px solid currentColor;
    border-radius: 0.25em;
    padding: 0.3em 0.6em;
    box-sizing: border-box;
    min-block-size: 24px;
  }
  input {
    background: transparent;
    inline-size: 100%;
    max-inline-size: 30em;
  }
  button {
    background: color-mix(in srgb, currentColor 10%, transparent);
    cursor: pointer;
  }
`;
