import type { LoadErrorKind } from '../data/load-error.js';
import type { Problem } from '../format/check.js';

/** Fired once for each failure an element shows: the reader sees `message`, the host gets the rest. */
export class SwvErrorEvent extends Event {
  static readonly type = 'swv-error';
  constructor(
    readonly kind: LoadErrorKind,
    /** The sentence the element shows, in its language. */
    readonly message: string,
    readonly url: string | undefined,
    /** HTTP status, for kind `http`. */
    readonly status?: number,
    /** The validator's problems, for kind `invalid`. */
    readonly problems?: Problem[],
  ) {
    super(SwvErrorEvent.type, { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'swv-error': SwvErrorEvent;
  }
}
