import type { Span } from '../types.js';
import { isSpaceUnit } from '../lexicon/wordChars.js';

/**
 * Abbreviations that end in a full stop without ending a sentence (normalised forms):
 * د. (doctor), أ. (professor), م. (engineer), أ.د (prof. dr.), ج. , ص. (page), ق.م / ب.م.
 * After spaCy's Arabic tokenizer exceptions, kept as data.
 */
export const ABBREVIATIONS: readonly string[] = ['د', 'ا', 'م', 'ج', 'ص', 'ق', 'ب', 'ه', 'اد', 'ت', 'س'];

// A sentence ends at . ! ? ؟ … (or a run of them) followed by a space or a line end, or at a line break.
const BOUNDARY = /[.!?؟…]+(?=\s|$)|\n+/g;

/**
 * Split a (normalised) text into sentences, in its own coordinates. A full stop after a one- or
 * two-letter abbreviation (د. محمد) or between digits (3.5) does not end a sentence.
 */
export function splitSentences(norm: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(norm); m; m = BOUNDARY.exec(norm)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && isAbbreviation(norm, m.index)) continue;
    push(spans, norm, start, end);
    start = end;
  }
  push(spans, norm, start, norm.length);
  return spans;
}

// (the tests below read code units by number: no one-letter string and no regex per character)
function isAbbreviation(norm: string, dot: number): boolean {
  let k = dot;
  // an Arabic letter (ء to ي)
  while (k > 0 && norm.charCodeAt(k - 1) >= 0x621 && norm.charCodeAt(k - 1) <= 0x64a) k--;
  // (an abbreviation has one or two letters: a longer word is not cut out)
  if (dot - k === 0 || dot - k > 2) return false;
  // a dot may precede the letter too: the second dot of ا.د. (أ.د.) is still inside the abbreviation
  return (k === 0 || opensAbbreviation(norm.charCodeAt(k - 1))) && ABBREVIATIONS.includes(norm.slice(k, dot));
}

/** What may stand before an abbreviation: a space, ( « " or a full stop. */
function opensAbbreviation(c: number): boolean {
  return isSpaceUnit(c) || c === 0x28 || c === 0xab || c === 0x22 || c === 0x2e;
}

function push(spans: Span[], norm: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceUnit(norm.charCodeAt(s))) s++;
  while (e > s && isSpaceUnit(norm.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}
