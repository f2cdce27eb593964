import type { SwvData } from '../format/types.js';
import type { Problem } from '../format/check.js';

/**
 * Fired when an element has loaded and validated its data and shows it. `problems` lists what the
 * element left out of the file to show the rest (invalid fields, unusable records), each with its
 * JSON path and a message in Dutch and English; empty for a file without problems.
 */
export class SwvLoadEvent extends Event {
  static readonly type = 'swv-load';
  constructor(
    /** The data URL, or undefined when the data came from the `data` property. */
    readonly url: string | undefined,
    readonly data: SwvData,
    readonly problems: readonly Problem[] = [],
  ) {
    super(SwvLoadEvent.type, { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'swv-load': SwvLoadEvent;
  }
}
