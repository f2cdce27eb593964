import type { SwvData } from '../format/types.js';

/** Fired when an element has loaded and validated its data and shows it. */
export class SwvLoadEvent extends Event {
  static readonly type = 'swv-load';
  constructor(
    /** The data URL, or undefined when the data came from the `data` property. */
    readonly url: string | undefined,
    readonly data: SwvData,
  ) {
    super(SwvLoadEvent.type, { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'swv-load': SwvLoadEvent;
  }
}
