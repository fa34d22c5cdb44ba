import type { Span } from '../types.js';

/** A word or a punctuation mark in the normalised text. */
export interface Token extends Span {
  text: string;
  /** True for a word (letters or digits), false for punctuation. */
  word: boolean;
}

// Built once and shared: tokensIn never calls out while it scans, so no caller can move lastIndex
// under it (a regex built per call cost more than the scan itself).
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORDISH = /[\p{L}\p{N}]/u;

/** Tokens of norm within [from, to), at most `max` of them (keeps every scan bounded). */
export function tokensIn(norm: string, from: number, to: number, max = 60): Token[] {
  const out: Token[] = [];
  const re = TOKEN_RE;
  re.lastIndex = from;
  for (let m = re.exec(norm); m && m.index < to && out.length < max; m = re.exec(norm)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ start: m.index, end, text: norm.slice(m.index, end), word: WORDISH.test(m[0]) });
    // stop at max before looking for one more token (the look could run on far past `to`)
    if (out.length >= max) break;
  }
  return out;
}

/** The tokens before `at`, nearest first, not before `from`, at most `max`. */
export function tokensBefore(norm: string, from: number, at: number, max = 30): Token[] {
  const start = Math.max(from, at - max * 16);
  const toks = tokensIn(norm, start, at, max * 4);
  // The first token may be a cut word when we started mid-word; drop it unless we began at `from`.
  if (start > from && toks.length && toks[0].start === start && WORDISH.test(norm[start - 1] ?? '')) toks.shift();
  return toks.reverse().slice(0, max);
}

/** Opening quotation marks and their closers. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = { '«': '»', '“': '”', '"': '"', '„': '“' };
