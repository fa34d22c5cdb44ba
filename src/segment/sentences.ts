import type { Span } from '../types.js';

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

function isAbbreviation(norm: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[\u0621-\u064A]/.test(norm[k - 1])) k--;
  const word = norm.slice(k, dot);
  // a dot may precede the letter too: the second dot of ا.د. (أ.د.) is still inside the abbreviation
  return word.length > 0 && word.length <= 2 && (k === 0 || /[\s(«".]/.test(norm[k - 1])) && ABBREVIATIONS.includes(word);
}

function push(spans: Span[], norm: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(norm[s])) s++;
  while (e > s && /\s/.test(norm[e - 1])) e--;
  if (e > s) spans.push({ start: s, end: e });
}
