/**
 * `swv-data render TAG [name=value ...] [--src FILE-or-URL]`: one element rendered on the server
 * with Lit's server rendering, as static HTML with declarative shadow DOM. The content (headings,
 * texts, links) is in the HTML itself, for pages without JavaScript, readers without it, and search
 * engines. When the script is on the page too, the element takes over without a flash: it keeps
 * the server's content on screen until its own is ready.
 */
// The DOM shim must be installed before any element class is defined.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { InputError } from './files.js';
import type { SwvDataElement } from '../src/internal/swv-data-element.js';

const TAGS = ['swv-card', 'swv-overview', 'opr-info', 'swv-finder', 'swv-map'];

/** Local files through `fetch`, so the elements' own loader reads them (Node's fetch has no file: URLs). */
function serveFiles(): void {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.protocol !== 'file:') return networkFetch(input, init);
    try {
      return new Response(await readFile(url), { headers: { 'Content-Type': 'application/json' } });
    } catch {
      return new Response('not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    }
  };
}

/** `["code=PO2604", "heading-level=3"]` → pairs, each name one of the element's attributes. */
function readAttributes(tag: string, args: string[], allowed: string[]): [string, string][] {
  return args.map((arg) => {
    const match = /^([a-z][a-z-]*)=(.*)$/s.exec(arg);
    if (!match) throw new InputError('(arguments)', undefined, `"${arg}" is not name=value`);
    const [, name, value] = match as unknown as [string, string, string];
    if (!allowed.includes(name)) throw new InputError('(arguments)', undefined, `<${tag}> has no attribute "${name}" (it has: ${allowed.join(', ')})`);
    return [name, value];
  });
}

/** The HTML of one server-rendered element. `defaultData`: the packaged dataset, read when there is no `src`. */
export async function renderElement(tag: string, args: string[], defaultData: URL): Promise<string> {
  if (!TAGS.includes(tag)) throw new InputError('(arguments)', undefined, `name an element: ${TAGS.join(', ')}`);
  serveFiles();
  await import('../src/define.js');
  const elementClass = customElements.get(tag) as (CustomElementConstructor & { observedAttributes: string[] }) | undefined;
  if (!elementClass) throw new Error(`<${tag}> is not defined`);
  const attributes = readAttributes(tag, args, elementClass.observedAttributes);

  // Load the data as the element would in the browser: the same loader, validator and lookups.
  const probe = new elementClass() as SwvDataElement;
  for (const [name, value] of attributes) {
    probe.setAttribute(name, value);
    probe.attributeChangedCallback(name, null, value);
  }
  const src = attributes.find(([name]) => name === 'src')?.[1];
  const readFrom = src ? (/^https?:\/\//.test(src) ? src : pathToFileURL(resolve(src)).href) : defaultData.href;
  const preloaded = await probe.preload(readFrom);

  // <tag name=${value} ... .preloaded=${preloaded}></tag>: names checked above, values escaped by Lit.
  const strings = ['<', ...attributes.map(([name]) => ` ${name}=`), ' .preloaded=', '></', '>'];
  const values = [unsafeStatic(tag), ...attributes.map(([, value]) => value), preloaded, unsafeStatic(tag)];
  const template = html(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, ...values);
  return collectResultSync(render(template));
}
