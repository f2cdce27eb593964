/** The one message an iframe embed sends its host page: `{ type: HEIGHT_MESSAGE, height }`. */
export const HEIGHT_MESSAGE = 'swv-embed:height';
