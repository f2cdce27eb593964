/** Links from data: only allow-listed schemes ever become an `href`. */
import { html, nothing, type TemplateResult } from 'lit';
import { SAFE_URL_PATTERN } from '../format/urls.js';
import { formatFileSize } from '../i18n/intl.js';
import type { Locale } from '../i18n/locale.js';

/** The URL when its scheme is allowed (https, http, mailto, tel), otherwise undefined. */
export function safeHref(url: string | undefined): string | undefined {
  return url && SAFE_URL_PATTERN.test(url) ? url : undefined;
}

/** A link with descriptive text; without a safe URL only the text is shown. */
export function link<T extends TemplateResult | string>(url: string | undefined, text: T, part = 'link'): TemplateResult | T {
  const href = safeHref(url);
  return href ? html`<a part=${part} href=${href}>${text}</a>` : text;
}

export function emailLink(address: string | undefined): TemplateResult | typeof nothing {
  return address ? html`${link(`mailto:${address}`, address)}` : nothing;
}

export function phoneLink(phone: string | undefined): TemplateResult | typeof nothing {
  return phone ? html`${link(`tel:${phone.replace(/[^0-9+]/g, '')}`, phone)}` : nothing;
}

/**
 * Phone, e-mail and website as list items ("Telefoon: 012-…"), only those that are there.
 * `websiteText` is the website link's descriptive text.
 */
export function contactItems(
  contact: { phone?: string; email?: string; website?: string },
  labels: { phone: string; email: string },
  websiteText: string,
): TemplateResult<1>[] {
  return [
    contact.phone ? html`<li>${labels.phone}: ${phoneLink(contact.phone)}</li>` : undefined,
    contact.email ? html`<li>${labels.email}: ${emailLink(contact.email)}</li>` : undefined,
    contact.website ? html`<li>${link(contact.website, websiteText)}</li>` : undefined,
  ].filter((item) => item !== undefined);
}

/** "Reglement (PDF, 120 kB)": the link text says what the reader gets. */
export function documentLink(
  url: string | undefined,
  title: TemplateResult | string,
  locale: Locale,
  type?: string,
  sizeBytes?: number,
): TemplateResult | string {
  const details = [type?.toUpperCase(), sizeBytes !== undefined ? formatFileSize(sizeBytes, locale) : undefined].filter(Boolean).join(', ');
  return link(url, details ? html`${title} (${details})` : title, 'document-link');
}
