import type { Span } from '../types.js';

/** A word or a punctuation mark in the normalised text. */
export interface Token extends Span {
  text: string;
  /** True for a word (letters or digits), false for punctuation. */
  word: boolean;
}

// The regex scan, kept for text with characters beyond the BMP (surrogate pairs), where the
// table below does not apply. Built once and shared: tokensIn never calls out while it scans.
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORDISH = /[\p{L}\p{N}]/u;

// The class of each BMP code unit, read off the same Unicode properties on first sight: tokensIn
// runs thousands of times per article, and a table lookup per character costs far less than a
// regex match per token. 0 = not yet seen.
const UNSEEN = 0;
const LETTER_OR_DIGIT = 1; // \p{L} or \p{N}
const MARK = 2; // \p{M}
const SPACE = 3; // \s
const OTHER = 4; // punctuation and symbols: a token of one character
const CLASS = new Uint8Array(0x10000);

function classOf(c: number): number {
  const k = CLASS[c];
  if (k !== UNSEEN) return k;
  const ch = String.fromCharCode(c);
  return (CLASS[c] = WORDISH.test(ch) ? LETTER_OR_DIGIT : /\p{M}/u.test(ch) ? MARK : /\s/u.test(ch) ? SPACE : OTHER);
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Tokens of norm within [from, to), at most `max` of them (keeps every scan bounded). */
export function tokensIn(norm: string, from: number, to: number, max = 60): Token[] {
  const out: Token[] = [];
  if (max <= 0) return out;
  const n = norm.length;
  let i = from;
  while (i < to && i < n) {
    let c = norm.charCodeAt(i);
    if (isSurrogate(c)) return tokensInByRegex(norm, from, to, max);
    let k = classOf(c);
    if (k === SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (k === OTHER) {
      i++;
      out.push({ start, end: i, text: norm[start], word: false });
    } else {
      // a run of letters, marks and digits (read past `to` only to tell a word from bare marks)
      let word = false;
      while (i < n) {
        c = norm.charCodeAt(i);
        if (isSurrogate(c)) return tokensInByRegex(norm, from, to, max);
        k = classOf(c);
        if (k === LETTER_OR_DIGIT) word = true;
        else if (k !== MARK) break;
        i++;
      }
      const end = Math.min(i, to);
      out.push({ start, end, text: norm.slice(start, end), word });
    }
    if (out.length >= max) break;
  }
  return out;
}

/** tokensIn by the Unicode regex, for text that holds surrogate pairs. */
function tokensInByRegex(norm: string, from: number, to: number, max: number): Token[] {
  const out: Token[] = [];
  const re = TOKEN_RE;
  re.lastIndex = from;
  for (let m = re.exec(norm); m && m.index < to && out.length < max; m = re.exec(norm)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ start: m.index, end, text: norm.slice(m.index, end), word: WORDISH.test(m[0]) });
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
