import type { Partnership } from '../format/types.js';

/** What the reader chose in `<swv-finder>`. */
export type SelectKind = 'postcode' | 'municipality' | 'partnership' | 'school';

/** Fired by `<swv-finder>` when it shows the partnerships for what the reader chose. */
export class SwvSelectEvent extends Event {
  static readonly type = 'swv-select';
  constructor(
    /** What was chosen: a postcode (`3442`), municipality, partnership code or school location code. */
    readonly query: string,
    readonly kind: SelectKind,
    /** The partnerships shown, primary education first. */
    readonly partnerships: Partnership[],
  ) {
    super(SwvSelectEvent.type, { bubbles: true, composed: false });
  }

  /** The first partnership shown (the only one when the reader chose a partnership). */
  get partnership(): Partnership | undefined {
    return this.partnerships[0];
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'swv-select': SwvSelectEvent;
  }
}
