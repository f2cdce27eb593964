/**
 * Mount points for pages whose editor strips unknown tags (WordPress without `unfiltered_html`,
 * other CMS sanitisers): `<div data-swv="card" data-code="PO2604">…</div>` becomes
 * `<swv-card code="PO2604">…</swv-card>`, with the div's content as fallback.
 *
 * Only the element's own attributes are copied (never `on…` handlers or anything else), so a
 * mount point cannot be used to smuggle markup or script into the page.
 */

/** `data-swv` values and the tags they make. The tag names themselves are accepted too. */
const TAGS: Record<string, string> = {
  overview: 'swv-overview',
  card: 'swv-card',
  opr: 'opr-info',
  finder: 'swv-finder',
  map: 'swv-map',
  'swv-overview': 'swv-overview',
  'swv-card': 'swv-card',
  'opr-info': 'opr-info',
  'swv-finder': 'swv-finder',
  'swv-map': 'swv-map',
};

/** The tag a `data-swv` value (or a tag name) stands for, or undefined. */
export function tagFor(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  return Object.hasOwn(TAGS, key) ? TAGS[key] : undefined;
}

/** Attributes a mount point may pass on, besides each element's observed attributes. */
const GLOBAL = ['lang', 'id', 'class', 'title', 'hidden'];

function allowedAttributes(tag: string): Set<string> {
  const observed = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
  return new Set([...observed, ...GLOBAL].filter((name) => !name.startsWith('on')));
}

const warned = new WeakSet<Element>();

/** Turns one mount point into its element; returns the element, or undefined when it is not one. */
export function mount(point: Element): Element | undefined {
  const name = point.getAttribute('data-swv')?.trim().toLowerCase() ?? '';
  const tag = tagFor(name);
  if (!tag || !point.isConnected) {
    // Say it once per mount point, however often the page is scanned.
    if (!tag && !warned.has(point)) {
      warned.add(point);
      console.warn(`swv-elements: data-swv="${name}" is not an element (use overview, card, opr or finder).`);
    }
    return undefined;
  }
  const allowed = allowedAttributes(tag);
  const element = document.createElement(tag);
  for (const { name: attribute, value } of [...point.attributes]) {
    const target = attribute.startsWith('data-') ? attribute.slice(5) : attribute;
    if (attribute !== 'data-swv' && allowed.has(target)) element.setAttribute(target, value);
  }
  element.append(...point.childNodes);
  point.replaceWith(element);
  return element;
}

/** Mounts every mount point under `root`. */
export function mountAll(root: ParentNode = document): Element[] {
  return [...root.querySelectorAll('[data-swv]')].map(mount).filter((element): element is Element => !!element);
}

let observer: MutationObserver | undefined;

/**
 * Mounts what is on the page now and whatever arrives later (pages swapped without reload by
 * Turbo, AJAX themes or page builders). Safe to call more than once.
 */
export function watchMounts(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined' || observer) return;
  const start = (): void => {
    mountAll();
    observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.hasAttribute('data-swv')) mount(node);
          else if (node.firstElementChild) mountAll(node);
        }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
