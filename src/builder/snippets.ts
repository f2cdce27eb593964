/**
 * The code an editor copies from the code builder (demo/builder.html), for one element with its
 * attributes: the same element as a script tag, a WordPress shortcode and block, a `data-swv`
 * mount point, an iframe and React. Pure functions (no DOM), also used by the tests that paste
 * each snippet into a real page and a real WordPress.
 *
 * No snippet has a style attribute: a host's strict Content-Security-Policy would block it.
 * Every value is written so that it stays text where it lands: HTML attributes escaped, block
 * JSON escaped as WordPress does, shortcode values without the characters that end them, JSX
 * values as string literals.
 */

/** One element and its attributes in order; a boolean attribute that is on has the value ''. */
export interface Choice {
  tag: string;
  attributes: [name: string, value: string][];
}

/** Where the script-tag files are: a CDN or the site's own copy of dist/cdn/, with their hashes. */
export interface Place {
  /** The folder with the script-tag files and embed.html (dist/cdn/), without a trailing slash. */
  base: string;
  /** Subresource Integrity of the script-tag files (dist/cdn/integrity.json). */
  integrity?: Record<string, string>;
}

export type SnippetKind = 'script' | 'shortcode' | 'block' | 'mount' | 'iframe' | 'react';
export const SNIPPET_KINDS: SnippetKind[] = ['script', 'shortcode', 'block', 'mount', 'iframe', 'react'];

/** `data-swv` and `el=` short names, and the block names (`swv/card`), by tag. */
const SHORT: Record<string, string> = { 'swv-card': 'card', 'swv-overview': 'overview', 'opr-info': 'opr', 'swv-finder': 'finder', 'swv-map': 'map' };
const BLOCK: Record<string, string> = { 'swv-card': 'card', 'swv-overview': 'overview', 'opr-info': 'opr-info', 'swv-finder': 'finder', 'swv-map': 'map' };
/** A first height for an iframe without the resize script: the content at about 768 px (docs/embed.md). */
const IFRAME_HEIGHT: Record<string, number> = { 'swv-card': 900, 'swv-overview': 700, 'opr-info': 600, 'swv-finder': 900, 'swv-map': 1000 };

const escapeHtml = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const pascal = (tag: string): string => camel(`-${tag}`);

/** ` code="PO2604" searchable` */
function htmlAttributes(attributes: Choice['attributes'], prefix = ''): string {
  return attributes.map(([name, value]) => (value === '' && !prefix ? ` ${name}` : ` ${prefix}${name}="${escapeHtml(value)}"`)).join('');
}

function integrityOf(place: Place, file: string): string {
  const hash = place.integrity?.[file];
  return hash ? ` integrity="${hash}" crossorigin="anonymous"` : '';
}

/** WordPress's own escaping of block attributes (serialize_block_attributes). */
function blockJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

/** A shortcode value cannot hold `"`, `[` or `]`: WordPress would end the shortcode there. */
const shortcodeValue = (value: string): string => value.replace(/"/g, '&quot;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');

export function snippet(kind: SnippetKind, choice: Choice, place: Place): string {
  const { tag, attributes } = choice;
  switch (kind) {
    case 'script':
      // The element's own file: one file of script for the element (docs/script-tag.md).
      return `<script type="module" src="${escapeHtml(place.base)}/${tag}.js"${integrityOf(place, `${tag}.js`)}></script>\n<${tag}${htmlAttributes(attributes)}></${tag}>`;
    case 'shortcode':
      return `[${tag}${attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${shortcodeValue(value)}"`)).join('')} /]`;
    case 'block': {
      const json = Object.fromEntries(attributes.map(([name, value]) => [camel(name), value === '' ? true : value]));
      return `<!-- wp:swv/${BLOCK[tag]}${attributes.length ? ` ${blockJson(json)}` : ''} /-->`;
    }
    case 'mount':
      return `<div data-swv="${SHORT[tag]}"${htmlAttributes(attributes, 'data-')}></div>`;
    case 'iframe': {
      const query = new URLSearchParams([['el', SHORT[tag]], ...attributes]).toString();
      return `<iframe src="${escapeHtml(`${place.base}/embed.html?${query}`)}" title="Passend onderwijs" width="100%" height="${IFRAME_HEIGHT[tag]}" loading="lazy"></iframe>\n<script src="${escapeHtml(place.base)}/embed-resize.js"${integrityOf(place, 'embed-resize.js')} defer></script>`;
    }
    case 'react': {
      // A JSX string attribute decodes entities and cannot hold `"`: anything unusual goes in braces.
      const jsx = (value: string): string => (/^[\w .,:/-]*$/.test(value) ? `"${value}"` : `{${JSON.stringify(value)}}`);
      const props = attributes.map(([name, value]) => (value === '' ? ` ${camel(name)}` : ` ${camel(name)}=${jsx(value)}`)).join('');
      return `import { ${pascal(tag)} } from 'swv-elements/react';\n\n<${pascal(tag)}${props} />`;
    }
  }
}
