/**
 * Links from data may only use these schemes, written in lower case. The schema checks it, and
 * rendering checks it again as a second guard. (No regex flags: the pattern is published in the
 * JSON Schema as it is.)
 */
export const SAFE_URL_PATTERN = /^(?:https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s]+|tel:\+?[0-9 ()-]+)$/;
