import { normalizeForm } from '../normalize/index.js';
import { BMP_WORD_RANGES } from './wordChars.js';

/**
 * Regex helpers for the pattern rules of resolutions (numbers after head words) and positions (words
 * in a clause). Lexicon phrases are compiled by phrases.ts and matched over tokens, never by these.
 */

/**
 * Characters that make up an Arabic or Latin word (after normalisation): the letters, marks and
 * digits of the Basic Multilingual Plane, spelled out because they compile several times faster
 * than [\p{L}\p{M}\p{N}] (see wordChars.ts).
 */
export const WORD_CHAR = `[${BMP_WORD_RANGES}]`;

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Build one regex alternation from lexicon forms: normalised, de-duplicated, longest first (so the
 * longest form wins at a position), with spaces matching any run of spaces. A form that starts with
 * the article ال also matches after the preposition ل, which swallows its alef (للأمم = ل + الأمم).
 */
export function alternation(forms: Iterable<string>): string {
  return longestFirst(forms)
    .map((f) => escapeRegExp(f).replace(/ /g, ' +').replace(/^ال/, '(?:ا|(?<=ل))ل'))
    .join('|');
}

/** Forms normalised, de-duplicated and sorted longest first (ties in code-point order). */
function longestFirst(forms: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const f of forms) {
    const n = normalizeForm(f);
    if (n) seen.add(n);
  }
  return [...seen].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * One regex alternation of whole words from a word list, for a pattern that places them between
 * boundaries it spells out itself (a space, the start, the end): normalised, de-duplicated, longest
 * first, escaped; a space in a form matches exactly one space, and no ل + ال contraction is added
 * (unlike `alternation`).
 */
export function wordAlternation(forms: Iterable<string>): string {
  return longestFirst(forms).map(escapeRegExp).join('|');
}

/** A map from normalised form to a value, for looking up what a matched form belongs to. */
export function formIndex<T>(entries: Iterable<[string, T]>): Map<string, T> {
  const m = new Map<string, T>();
  for (const [f, v] of entries) {
    const n = normalizeForm(f);
    if (n && !m.has(n)) m.set(n, v);
  }
  return m;
}

/** Look a matched word up in a form index, undoing the ل + ال contraction (لامم → الامم). */
export function lookupForm<T>(index: Map<string, T>, w: string): T | undefined {
  const n = w.replace(/ +/g, ' ');
  return index.get(n) ?? (n.startsWith('ل') ? index.get('ا' + n) : undefined);
}
