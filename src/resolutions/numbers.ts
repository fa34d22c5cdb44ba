import { LETTER } from '../lexicon/wordChars.js';
/**
 * A resolution number at lastIndex: digits, maybe "session/number" (67/19); not part of a decimal
 * (3.5), a percentage, a longer number or a word (2015م).
 */
export const NUMBER_AT = new RegExp(`(\\d{1,5}(?:\\/\\d{1,4})?)(?![\\d/٫]|[.,،]\\d|\\s*[%٪]|${LETTER})`, 'uy');

/** A number read from the text, with the year it carries ("2216/2015"), normalised span. */
export interface NumberRead {
  number: string;
  year: number | null;
  start: number;
  end: number;
}

/** Years a resolution can have been adopted in. */
export function isPlausibleYear(y: number): boolean {
  return y >= 1945 && y <= 2035;
}

/**
 * Read a resolution number at `p`, or null. "2216/2015" is resolution 2216 of 2015, not a
 * General Assembly "session/number" (whose session is at most two digits).
 */
export function readNumberAt(norm: string, p: number): NumberRead | null {
  NUMBER_AT.lastIndex = p;
  const m = NUMBER_AT.exec(norm);
  if (!m) return null;
  const end = p + m[1].length;
  const [a, b] = m[1].split('/');
  if (b !== undefined && a.length >= 3 && b.length === 4 && isPlausibleYear(Number(b))) return { number: a, year: Number(b), start: p, end };
  return { number: m[1], year: null, start: p, end };
}
