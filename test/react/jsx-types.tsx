/**
 * Type test of the JSX types for React 19, where the tags are used directly. `npm run typecheck`
 * compiles it; nothing runs. Each `@ts-expect-error` must stay an error.
 */
import '../../src/react.js';
import type { SwvSelectEvent } from '../../src/events/swv-select.js';

export const page = (
  <main>
    <swv-card code="PO2604" heading-level={3} onswv-load={(event) => event.data.title.length} />
    <swv-overview municipality="Woerden" searchable sector="po" />
    <opr-info code="PO2604" lang="en" />
    <swv-finder sector="vo" hash-param="swv" onswv-select={(event: SwvSelectEvent) => event.partnerships.length} />
    {/* @ts-expect-error: React 19 would listen to "SwvLoad", which never fires: the tags take onswv-load */}
    <swv-card code="PO2604" onSwvLoad={() => undefined} />
    {/* @ts-expect-error: swv-card has no such attribute */}
    <swv-card colour="red" />
    {/* @ts-expect-error: sector is po or vo */}
    <swv-finder sector="mbo" />
  </main>
);
