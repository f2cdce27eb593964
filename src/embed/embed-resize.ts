/**
 * For the host page of an iframe embed (optional): sizes each swv-elements iframe to its content
 * and takes away its border.
 * Accepts only `{ type: 'swv-embed:height', height }` from the window of an iframe on this page,
 * from the origin of that iframe's `src`, and only a plausible height. Without this script, give
 * the iframe a fixed height (docs/embed.md).
 */
import { HEIGHT_MESSAGE } from './message.js';

addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || typeof data !== 'object' || data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    // Set through the style object (a host's Content-Security-Policy may forbid style attributes):
    // the height, and no frame border (the embed is part of the page).
    frame.style.height = `${Math.min(Math.max(Math.round(data.height), 40), 20000)}px`;
    frame.style.border = '0';
    return;
  }
});
