/**
 * Soft hyphens (U+00AD) in long Dutch words, where Dutch splits them. Chromium on Linux has no
 * Dutch hyphenation dictionary, so without them "samenwerkingsverbanden" breaks between any two
 * letters on a narrow screen. A soft hyphen is invisible until the line breaks there; browsers
 * leave it out of what is read aloud.
 *
 * The long words of our texts (in every language: the others keep Dutch terms in brackets) and of
 * partnership names, split into syllables. A word not listed is left as it is.
 */
const WORDS = [
  'sa-men-wer-kings-ver-band',
  'sa-men-wer-kings-ver-ban-den',
  'on-der-steu-nings-plan-raad',
  'on-der-steu-nings-plan',
  'on-der-steu-ning',
  'on-der-wijs',
  'ba-sis-on-der-wijs',
  'me-de-zeg-gen-schaps-raad',
  'me-de-zeg-gen-schaps-ra-den',
  'ver-ga-de-rin-gen',
  'vi-ce-voor-zit-ter',
  'toe-zicht-hou-ders',
  'mo-ge-lijk-he-den',
  'lid-maat-schap',
  'jeugd-steun-punt',
  'in-ter-net-ver-bin-ding',
  'con-tact-ge-ge-vens',
  'bij-voor-beeld',
  'voort-ge-zet',
];

/** Per word (lower case): the lengths of its syllables. */
const SYLLABLES = new Map(
  WORDS.map((word) => {
    const syllables = word.split('-');
    return [syllables.join(''), syllables.map((syllable) => syllable.length)];
  }),
);

/** Longest first, so that "samenwerkingsverbanden" wins over "samenwerkingsverband". */
const PATTERN = new RegExp([...SYLLABLES.keys()].sort((a, b) => b.length - a.length).join('|'), 'gi');

/** The text with soft hyphens in the long Dutch words it contains (their case as it was). */
export function softHyphens(text: string): string {
  return text.replace(PATTERN, (word) => {
    let at = 0;
    return SYLLABLES.get(word.toLowerCase())!
      .map((length) => word.slice(at, (at += length)))
      .join('\u00AD');
  });
}

/** The text without soft hyphens: for messages that leave the element (events), where a host may log or show them. */
export const withoutSoftHyphens = (text: string): string => text.replace(/\u00AD/g, '');

/** A string table with soft hyphens in every text, also in what its functions return. */
export function withSoftHyphens<T>(table: T): T {
  if (typeof table === 'string') return softHyphens(table) as T;
  if (typeof table === 'function') return ((...args: unknown[]) => withSoftHyphens((table as (...a: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(table)) return table.map((item: unknown) => withSoftHyphens(item)) as T;
  if (typeof table === 'object' && table !== null) return Object.fromEntries(Object.entries(table).map(([key, value]) => [key, withSoftHyphens(value)])) as T;
  return table;
}

/**
 * Copying keeps the words as they are: Chromium copies soft hyphens, which then hide in what a
 * reader pastes (a search field finds nothing). For a `copy` event from inside `root`, the
 * clipboard gets the selection without them, as text and as HTML.
 */
export function copyWithoutSoftHyphens(event: ClipboardEvent, root: ShadowRoot): void {
  // Chromium gives the selection inside a shadow root only through the root (not standard, hence the check).
  const selection = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? document.getSelection();
  if (!selection || !event.clipboardData) return;
  const text = selection.toString();
  if (!text.includes('\u00AD')) return;
  const html = document.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) html.append(selection.getRangeAt(i).cloneContents());
  event.clipboardData.setData('text/plain', withoutSoftHyphens(text));
  event.clipboardData.setData('text/html', withoutSoftHyphens(new XMLSerializer().serializeToString(html)));
  event.preventDefault();
}
