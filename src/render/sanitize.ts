import { ANSI_PATTERN } from './width.js';

/** Bidi embeddings, overrides and isolates (LRE…RLO U+202A-U+202E, LRI…PDI U+2066-U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** C0 and C1 control characters and DEL, once tab and line breaks are spaces. */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/**
 * Make article text safe to print in a terminal table: escape sequences (colour, cursor moves,
 * window titles, hyperlinks) are removed, tabs and line breaks become spaces, any other control
 * character is shown as U+FFFD, and bidi overrides and isolates are removed so an article
 * cannot reorder the rest of the screen. Letters, harakat, LRM/RLM and ALM are kept.
 * JSON output does not use this: JSON escaping already makes controls harmless there.
 */
export function sanitizeForTerminal(text: string): string {
  return text
    .replace(ANSI_PATTERN, '')
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(CONTROLS, '\uFFFD')
    .replace(BIDI_CONTROLS, '');
}
