/**
 * The iframe embed (dist/cdn/embed.html?el=card&code=PO2604): one element on a page of its own,
 * for site builders that accept nothing but an iframe. The query string names the element (`el`:
 * card, overview, opr, finder, map, or the tag) and its attributes; only the element's own attributes
 * pass, `src` only when it is on this page's own origin (the page's Content-Security-Policy
 * allows no other), and everything else is ignored. swv-elements.js (loaded before this script)
 * turns the mount point into the element.
 *
 * The page tells its host how tall it is: `postMessage({ type: 'swv-embed:height', height })`,
 * nothing else. dist/cdn/embed-resize.js on the host page sizes the iframe from that.
 */
import { tagFor } from '../internal/mount.js';
import { HEIGHT_MESSAGE } from './message.js';

const query = new URLSearchParams(location.search);

/** Same origin as this page (relative or absolute), http(s) only. */
function isOwnData(value: string): boolean {
  try {
    const url = new URL(value, location.href);
    return url.origin === location.origin && /^https?:$/.test(url.protocol);
  } catch {
    return false;
  }
}

async function start(): Promise<void> {
  const tag = tagFor(query.get('el') ?? '');
  if (!tag) {
    const message = document.createElement('p');
    message.lang = 'nl';
    message.textContent = 'Dit onderdeel bestaat niet. Kies el=card, overview, opr, finder of map.';
    const english = document.createElement('p');
    english.lang = 'en';
    english.textContent = 'No such element. Use el=card, overview, opr, finder or map.';
    document.body.append(message, english);
    return;
  }
  await customElements.whenDefined(tag);
  const own = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
  const point = document.createElement('div');
  point.setAttribute('data-swv', tag);
  for (const [name, value] of query) {
    if (!own.includes(name) || name.startsWith('on') || (name === 'src' && !isOwnData(value))) continue;
    point.setAttribute(`data-${name}`, value);
  }
  // The page speaks the element's language (for the reader's browser, translation tools, fonts).
  const lang = query.get('lang') ?? '';
  if (own.includes('lang') && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang)) document.documentElement.lang = lang;
  document.body.append(point);
}

function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  }).observe(document.documentElement);
}

reportHeight();
void start();
