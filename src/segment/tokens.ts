import type { Span } from '../types.js';
import { lowerBound } from './search.js';

/** A word of the normalised text: letters, marks and digits; punctuation is not a token. */
export interface Token extends Span {
  text: string;
  /** True where only spaces stand between the previous token and this one (no punctuation). */
  joined: boolean;
  /** cliticForms(text), kept here by the first phrase matcher that asks (every matcher asks). */
  forms?: string[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

// The last text tokenised and its tokens: entities and meetings both tokenise doc.norm, and the
// second call costs nothing.
let lastNorm: string | undefined;
let lastTokens: Token[] = [];

/**
 * Split a normalised text into word tokens, noting which follow their neighbour with no
 * punctuation. The same text gives the same array (kept from the last call): do not change it.
 */
export function tokenize(norm: string): Token[] {
  if (norm === lastNorm) return lastTokens;
  const out: Token[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m; m = WORD.exec(norm)) {
    const gap = norm.slice(prevEnd, m.index);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], joined: out.length > 0 && /^ +$/.test(gap), forms: undefined });
    prevEnd = m.index + m[0].length;
  }
  lastNorm = norm;
  lastTokens = out;
  return out;
}

/** Index of the first token that starts at or after `pos` (binary search). */
export function tokenAt(tokens: Token[], pos: number): number {
  return lowerBound(tokens, pos, (t) => t.start);
}

/** Proclitics a word may carry: و ف ب ل ك and their combinations (وب، ول، فب، وك…). */
const CLITIC = /^(?:[وف]?[بلك]|[وف])/;

/**
 * The forms a word can stand for once proclitics are peeled: "وبالقاهرة" → [وبالقاهره, بالقاهره,
 * القاهره]; "للحريري" → [للحريري, الحريري, لحريري]. The word itself always comes first. Phrase
 * matchers keep the result on the token (Token.forms).
 */
export function cliticForms(word: string): string[] {
  return peelClitics(word);
}

function peelClitics(word: string): string[] {
  const forms = [word];
  const m = CLITIC.exec(word);
  if (!m) return forms;
  for (let k = 1; k <= m[0].length; k++) {
    const rest = word.slice(k);
    if (rest.length >= 2) forms.push(rest);
    // ل + ال: the preposition swallows the alef (للحريري = ل + الحريري)
    if (word[k - 1] === 'ل' && rest.startsWith('ل') && rest.length >= 3) forms.push('ا' + rest);
  }
  return forms;
}
