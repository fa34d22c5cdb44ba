import type { Span } from '../types.js';
import { lowerBoundByStart, lowerBoundByEnd } from './search.js';
import { BLOCKS_FROM, blockHi, blockLo, blocksByEnd, type Blocks } from './blocks.js';
import { LETTER_OR_DIGIT as LETTER_OR_DIGIT_CLASS, MARK as MARK_CLASS } from '../lexicon/wordChars.js';

/**
 * The one tokenizer. A token is a run of letters, marks and digits (a word), or one punctuation mark
 * or symbol. The document keeps both views of one list: `all` (words and marks, for the clause rules
 * of positions) and `words` (the runs only, for lexicon phrases and names).
 */
export interface Token extends Span {
  text: string;
  /** True where the token holds a letter or digit (false for punctuation and for a run of marks alone). */
  word: boolean;
  /** For runs: true where only spaces stand between the previous run and this one. */
  joined: boolean;
  /** For runs: cliticForms(text), filled when the document is built. */
  forms?: string[];
}

/**
 * A token as the tokenizer makes it: made by a constructor, not an object literal. V8 tracks an
 * object literal's allocation site and, once it sees many of a site's objects alive at a scavenge
 * (an article's tokens are, while it is read), allocates that site's objects in the old
 * generation from then on: every token then lived until the next full collection, and kept the
 * young arrays and strings it points to (its forms) alive through each scavenge, which copied and
 * promoted them (warm summarize() spent some 6% in the collector). A constructor has no such site.
 */
class WordToken implements Token {
  // (declared, not defined: a class field would be set to undefined first, then assigned)
  declare start: number;
  declare end: number;
  declare text: string;
  declare word: boolean;
  declare joined: boolean;
  declare forms: string[] | undefined;
  constructor(start: number, end: number, text: string, word: boolean, joined: boolean) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.word = word;
    this.joined = joined;
    this.forms = undefined;
  }
}

/** Both views of a text's tokens: runs (words) and everything (words and punctuation). */
export interface Tokens {
  words: Token[];
  all: Token[];
}

// The class of each BMP code unit, read off the Unicode properties on first sight: a table lookup
// per character costs far less than a regex match per token. 0 = not yet seen.
const UNSEEN = 0;
const LETTER_OR_DIGIT = 1; // \p{L} or \p{N}
const MARK = 2; // \p{M}
const SPACE = 3; // \s
const OTHER = 4; // punctuation and symbols: a token of one character
const CLASS = new Uint8Array(0x10000);
// A BMP code unit is classed by the BMP's classes spelled out (wordChars.ts: far cheaper to compile
// than the properties), an astral code point by the properties themselves, compiled only when one
// first turns up (news text hardly has any).
const WORDISH = new RegExp(LETTER_OR_DIGIT_CLASS, 'u');
const IS_MARK = new RegExp(MARK_CLASS, 'u');
const IS_SPACE = /\s/u;
let astral: { wordish: RegExp; mark: RegExp } | undefined;

function classOfChar(ch: string): number {
  return WORDISH.test(ch) ? LETTER_OR_DIGIT : IS_MARK.test(ch) ? MARK : IS_SPACE.test(ch) ? SPACE : OTHER;
}

function classOfAstral(ch: string): number {
  astral ??= { wordish: /[\p{L}\p{N}]/u, mark: /\p{M}/u };
  return astral.wordish.test(ch) ? LETTER_OR_DIGIT : astral.mark.test(ch) ? MARK : OTHER;
}

/** The class of the code point starting at s[i] (astral code points are classed by regex). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOfAstral(s.slice(i, i + 2));
  }
  const k = CLASS[c];
  if (k !== UNSEEN) return k;
  return (CLASS[c] = classOfChar(String.fromCharCode(c)));
}

/** Length in code units of the code point at s[i]. */
function unitLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** An Arabic letter: either side of a hyphen that joins a name's parts (كيم جونغ-أون، مون جاي-إن). */
const ARABIC_LETTER = /[\u0621-\u064A]/;

/**
 * Whether a word starting at `start` is joined to the word ending at `prevEnd`: only spaces between
 * them, or one hyphen between two Arabic letters (Korean and other transliterated names write
 * their syllables so: جونغ-أون).
 */
function joinedAt(norm: string, prevEnd: number, start: number): boolean {
  if (start - prevEnd === 1 && norm.charCodeAt(prevEnd) === 0x2d) return ARABIC_LETTER.test(norm[prevEnd - 1] ?? '') && ARABIC_LETTER.test(norm[start]);
  // one space or more and nothing else (a loop over the gap, not a slice and a regex per word)
  for (let k = prevEnd; k < start; k++) if (norm.charCodeAt(k) !== 0x20) return false;
  return start > prevEnd;
}

/**
 * Split a normalised text into tokens once: runs of letters, marks and digits, and single marks of
 * punctuation; each run notes whether only spaces (or a hyphen inside a name) separate it from the
 * run before (`joined`).
 */
export function tokenize(norm: string): Tokens {
  const all: Token[] = [];
  const words: Token[] = [];
  const n = norm.length;
  let i = 0;
  let prevRunEnd = 0;
  while (i < n) {
    const k = classAt(norm, i);
    if (k === SPACE) {
      i += unitLength(norm, i);
      continue;
    }
    const start = i;
    if (k === OTHER) {
      i += unitLength(norm, i);
      // (every token has the same fields, forms too: the rules' reads of tokens meet one shape)
      all.push(new WordToken(start, i, norm.slice(start, i), false, false));
      continue;
    }
    let word = false;
    while (i < n) {
      const c = classAt(norm, i);
      if (c === LETTER_OR_DIGIT) word = true;
      else if (c !== MARK) break;
      i += unitLength(norm, i);
    }
    const t: Token = new WordToken(start, i, norm.slice(start, i), word, words.length > 0 && joinedAt(norm, prevRunEnd, start));
    all.push(t);
    words.push(t);
    prevRunEnd = i;
  }
  return { words, all };
}

/** Index of the first token that starts at or after `pos` (binary search). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  return lowerBoundByStart(tokens, pos);
}

/** What tokensIn and tokensBefore read: the normalised text and its tokens (a Doc is one). */
export interface TokenSource {
  norm: string;
  all: Token[];
  /** For a long text: where tokensIn starts its search in `all`, by block of the text (blocksByEnd), made on first use and kept here (a Doc keeps it). */
  allByEnd?: Blocks;
}

/**
 * lowerBoundByEnd(src.all, x) for x > 0: the first token that ends at or after x. A long list of
 * tokens is searched through its block table (segment/blocks.ts), made on the first search: on a
 * line of 2.5 million characters a binary search over its 900,000 tokens missed the caches at most
 * of its 20 steps, at every clause read (1.25 million searches).
 */
function firstEndingFrom(src: TokenSource, x: number): number {
  const all = src.all;
  if (all.length < BLOCKS_FROM || x <= 0) return lowerBoundByEnd(all, x);
  const blocks = (src.allByEnd ??= blocksByEnd(all, src.norm.length));
  let lo = blockLo(blocks, x);
  let hi = blockHi(blocks, x, all.length);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].end < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The tokens of [from, to), at most `max` of them, as a scan starting at `from` would read them: a
 * word cut by `from` starts there, and a word cut by `to` ends there (its `word` flag is that of the
 * whole run from its start). Every clause rule reads its words through this: no substring is
 * tokenised twice.
 */
export function tokensIn(src: TokenSource, from: number, to: number, max = 60): Token[] {
  const out: Token[] = [];
  if (max <= 0) return out;
  const { all, norm } = src;
  const end = Math.min(to, norm.length);
  if (from >= end) return out;
  for (let k = firstEndingFrom(src, from + 1); k < all.length && out.length < max; k++) {
    const t = all[k];
    if (t.start >= end) break;
    if (t.start >= from && t.end <= end) {
      out.push(t);
      continue;
    }
    const s = Math.max(t.start, from);
    const e = Math.min(t.end, end);
    out.push(new WordToken(s, e, norm.slice(s, e), s === t.start ? t.word : WORDISH.test(norm.slice(s, t.end)), false));
  }
  return out;
}

/** The tokens before `at`, nearest first, not before `from`, at most `max`. */
export function tokensBefore(src: TokenSource, from: number, at: number, max = 30): Token[] {
  const start = Math.max(from, at - max * 16);
  const toks = tokensIn(src, start, at, max * 4);
  // The first token may be a cut word when we started mid-word; drop it unless we began at `from`.
  if (start > from && toks.length && toks[0].start === start && WORDISH.test(src.norm[start - 1] ?? '')) toks.shift();
  return toks.reverse().slice(0, max);
}

/** Opening quotation marks and their closers. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = { '«': '»', '“': '”', '"': '"', '„': '“' };

/**
 * How many letters of proclitics a word may carry at its start: و ف ب ل ك and their combinations
 * (وب، ول، فب، وك…), read as /^(?:[وف]?[بلك]|[وف])/ reads them, by code unit (this runs at every word).
 */
function procliticLength(word: string): number {
  const c0 = word.charCodeAt(0);
  const c1 = word.charCodeAt(1);
  if (c0 === 0x648 || c0 === 0x641) return c1 === 0x628 || c1 === 0x644 || c1 === 0x643 ? 2 : 1; // و ف, then ب ل ك
  return c0 === 0x628 || c0 === 0x644 || c0 === 0x643 ? 1 : 0;
}

/** The array cliticForms copies (one string). */
const ONE_FORM: string[] = [''];

/**
 * The forms a word can stand for once proclitics are peeled: "وبالقاهرة" → [وبالقاهره, بالقاهره,
 * القاهره]; "للحريري" → [للحريري, الحريري, لحريري]. The word itself always comes first.
 */
export function cliticForms(word: string): string[] {
  // (a copy of a one-element array, not the literal [word]: V8 came to allocate that literal's
  // arrays in the old generation, see WordToken; a slice of a packed array has no allocation site)
  const forms = ONE_FORM.slice();
  forms[0] = word;
  const clitics = procliticLength(word);
  for (let k = 1; k <= clitics; k++) {
    const rest = word.slice(k);
    if (rest.length >= 2) forms.push(rest);
    // ل + ال: the preposition swallows the alef (للحريري = ل + الحريري)
    if (word[k - 1] === 'ل' && rest.startsWith('ل') && rest.length >= 3) forms.push('ا' + rest);
  }
  return forms;
}

/**
 * Words' endings asked about at every word of an article (endsWithAny), by the last code unit and
 * then by the last two: most words end in none of them and are passed over with one load; a word
 * whose last letter some ending has (ه ends a great many words, and most of the body heads) is
 * compared only with the endings that also have its letter before that one, not with every ending.
 */
export class Endings {
  private readonly lastUnits = new Uint8Array(256);
  /** Some ending is empty: then every word ends in one. */
  private readonly anyEmpty: boolean;
  /** The last code units of the endings of one code unit. */
  private readonly single = new Set<number>();
  /** The endings of two code units or more, by their last two (last * 0x10000 + the one before). */
  private readonly byLastTwo = new Map<number, string[]>();

  constructor(readonly ends: readonly string[]) {
    for (const e of ends) {
      const m = e.length;
      if (!m) continue;
      this.lastUnits[e.charCodeAt(m - 1) & 255] = 1;
      if (m === 1) {
        this.single.add(e.charCodeAt(0));
        continue;
      }
      const key = e.charCodeAt(m - 1) * 0x10000 + e.charCodeAt(m - 2);
      const same = this.byLastTwo.get(key);
      if (same) same.push(e);
      else this.byLastTwo.set(key, [e]);
    }
    this.anyEmpty = ends.some((e) => e.length === 0);
  }

  /** Whether `word` ends in one of the endings (endsWithAny). */
  test(word: string): boolean {
    const n = word.length;
    if (n === 0 || this.anyEmpty) return this.anyEmpty;
    const last = word.charCodeAt(n - 1);
    if (this.lastUnits[last & 255] === 0) return false;
    if (this.single.has(last)) return true;
    if (n < 2) return false;
    const same = this.byLastTwo.get(last * 0x10000 + word.charCodeAt(n - 2));
    return same !== undefined && endsWithAny(word, same);
  }
}

/**
 * Whether `word` ends in one of `ends`. Rules ask it at every word: a loop (no closure per call)
 * comparing code units from the end, which for most words stops at the last letter (cheaper than a
 * call of String.prototype.endsWith per listed word).
 */
export function endsWithAny(word: string, ends: readonly string[]): boolean {
  const n = word.length;
  for (let k = 0; k < ends.length; k++) {
    const e = ends[k];
    const m = e.length;
    if (m > n) continue;
    let j = 1;
    while (j <= m && word.charCodeAt(n - j) === e.charCodeAt(m - j)) j++;
    if (j > m) return true;
  }
  return false;
}
