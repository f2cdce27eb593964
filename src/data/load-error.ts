import type { Problem } from '../format/check.js';

/** Why data could not be shown. Each kind has its own sentence for readers (see `i18n/strings.ts`). */
export type LoadErrorKind = 'network' | 'http' | 'timeout' | 'too-large' | 'not-json' | 'invalid' | 'not-found' | 'not-allowed';

/** A failure with the details a host page needs. Never thrown into the host page: elements catch it. */
export class SwvLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly url: string | undefined,
    readonly details: { status?: number; problems?: Problem[]; cause?: unknown } = {},
  ) {
    super(`swv-elements: ${kind}${details.status ? ` ${details.status}` : ''}${url ? ` (${url})` : ''}`);
    this.name = 'SwvLoadError';
  }
}
