/**
 * Registers a custom element without ever throwing: not when the tag is already taken (two copies
 * of the library on one page are common in CMSes), and not where there is no DOM (a server import).
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (existing !== element) console.warn(`swv-elements: <${tag}> was already defined by another copy of the library; that one is used.`);
}
