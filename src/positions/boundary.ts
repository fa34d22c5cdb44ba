import type { Doc } from '../document.js';
import { remember, sentenceAt } from '../document.js';
import { cueOf, type CueHit } from '../lexicon/cueForms.js';
import { wordAlternation } from '../lexicon/compile.js';
import { ATTRIBUTION_CUTS, CONTRAST_WORDS } from '../lexicon/positionWords.js';
import { lowerBound, lowerBoundByStart } from '../segment/search.js';
import { QUOTE_PAIRS } from '../segment/tokens.js';
import type { Span } from '../types.js';
import { LETTER, LETTER_OR_DIGIT, isSpaceUnit as isSpace } from '../lexicon/wordChars.js';

/** One letter or digit. */
const LETTER_OR_DIGIT_RE = new RegExp(LETTER_OR_DIGIT, 'u');

/** How far a quotation may run before we give up looking for its closing mark (an unclosed quote). */
const MAX_QUOTE = 3000;
/** How many quotes may open inside a quote before it counts as unclosed. */
const MAX_NESTING = 3;
/** How far a reported statement may run inside one (unpunctuated) sentence. */
const MAX_STATEMENT = 1500;

// Clauses that end a claim inside a sentence: "، حسبما صرح…", "، وفقا لما…", "، بحسب…", "، على حد تعبيره".
const ATTRIBUTION_CUT = new RegExp(`[،,]\\s*(?:${wordAlternation(ATTRIBUTION_CUTS)})(?!${LETTER_OR_DIGIT})`, 'u');
// A contrast word right before a cue: "…، بينما طالب…"، "في حين أكد…".
const CONTRAST = new RegExp(`(?:^|\\s)(?:${wordAlternation(CONTRAST_WORDS)})\\s+$`);

/**
 * The end of the statement that starts at `start`: the closing quote when it opens with one,
 * else the end of the sentence, cut before a following participle cue ("، مؤكدا…", "ومشددا…"),
 * a new cue clause ("، وأضاف…") or an attribution ("، حسبما صرح…").
 */
export function statementSpan(doc: Doc, start: number, opener: string | null): Span & { quote: boolean } {
  const norm = doc.norm;
  const si = sentenceAt(doc, start);
  if (opener && opener in QUOTE_PAIRS) {
    const close = closingMark(norm, start, opener);
    if (close >= 0 && !reportsInside(doc, si, close)) {
      const t = trim(norm, start, close);
      return { start: t.start, end: t.end, quote: true };
    }
  }
  // A statement never runs past its paragraph (a title line has no full stop).
  const pi = lowerBoundByStart(doc.paragraphs, start + 1) - 1;
  const paraEnd = pi >= 0 && start < doc.paragraphs[pi].end ? doc.paragraphs[pi].end : norm.length;
  const sentEnd = Math.min(si >= 0 ? doc.sentences[si].end : norm.length, paraEnd, start + MAX_STATEMENT);
  let end = sentEnd;
  const slice = norm.slice(start, sentEnd);
  const att = ATTRIBUTION_CUT.exec(slice);
  if (att) end = start + att.index;
  const cue = nextCutCue(doc, start, end);
  if (cue !== undefined) end = cue;
  const t = trim(norm, start, end);
  return { start: t.start, end: t.end, quote: false };
}

/**
 * The offset of the mark that closes a quote opened just before `start`, or -1 within MAX_QUOTE.
 * A mark after a space and before a letter opens an inner quote ("… مجموعة "ثلاثة+اثنين" …"), whose own
 * closer is skipped too: straight quotes cannot nest, so the side they stand on tells them apart.
 */
export function closingMark(norm: string, start: number, opener: string): number {
  const closer = QUOTE_PAIRS[opener];
  const end = Math.min(norm.length, start + MAX_QUOTE);
  let depth = 0;
  // Within a bounded reach: a text with no closing mark is never scanned to its end. (A loop over
  // the code units, not a regex made for each quote: the marks are one code unit each.)
  const o = opener.charCodeAt(0);
  const cl = closer.charCodeAt(0);
  for (let i = start; i < end; i++) {
    const u = norm.charCodeAt(i);
    if (u !== o && u !== cl) continue;
    const c = norm[i];
    const opens = c === opener && (c !== closer || ((i === 0 || /\s/.test(norm[i - 1])) && LETTER_OR_DIGIT_RE.test(norm[i + 1] ?? '')));
    // Quotes nest one or two deep; more openers than that means this one was never closed.
    if (opens) {
      if (++depth > MAX_NESTING) return -1;
    } else if (depth > 0) depth--;
    else return i;
  }
  return -1;
}

/**
 * True when a sentence after sentence `si` and before `closer` opens with a reporting verb
 * ("… . وشدد الوزير على…"): the writer is reporting again, so the opening quote was never closed
 * there and the closing mark found belongs to a later quote.
 */
function reportsInside(doc: Doc, si: number, closer: number): boolean {
  if (si < 0) return false;
  for (let i = si + 1; i < doc.sentences.length && doc.sentences[i].start < closer; i++) {
    const s = doc.sentences[i];
    const m = OPENING_CUE.exec(doc.norm.slice(s.start, Math.min(s.end, s.start + 24)));
    const form = m ? cueOf(m[1]) : undefined;
    if (form && form.kind === 'verb') return true;
  }
  return false;
}

// A sentence opening with و/ف + a word (the cue is looked up apart).
const OPENING_CUE = new RegExp(`^\\s*[وف](${LETTER}+)`, 'u');

/**
 * The start of the first cue in (start, end) that opens a new clause, if any. Whether a cue does
 * reads at most LOOKBEHIND characters before it, so for a cue that far past `start` the answer is
 * the article's (cutIndex, one pass over its cues); only the cues nearer `start` are read anew. A
 * statement may run 1,500 characters: asking each cue of it again for each statement made a long
 * run of cue words cost that many times more per word (some 150 cues read per statement).
 */
function nextCutCue(doc: Doc, start: number, end: number): number | undefined {
  const hits = doc.cues;
  let i = lowerBound(hits, start + 1, (h) => h.index);
  for (; i < hits.length && hits[i].index < end && hits[i].index - LOOKBEHIND < start; i++) {
    const at = cutAt(doc.norm, start, hits[i]);
    if (at >= 0) return at;
  }
  if (i >= hits.length) return undefined;
  const { at, next } = cutIndex(doc);
  const j = next[i];
  return j < hits.length && hits[j].index < end ? at[j] : undefined;
}

/** How far before a cue cutAt reads (the longest slice it takes). */
const LOOKBEHIND = 9;

/**
 * Where the clause that cue `m` opens starts, reading no further back than `from`, or -1 when it
 * opens none: a participle after a comma or و, a verb after "، و", a contrast word before a verb,
 * مع before a verbal noun.
 */
function cutAt(norm: string, from: number, m: CueHit): number {
  const form = m.form;
  // "…، مع تأكيده على…": a verbal noun after مع opens its own claim.
  if (form.kind === 'noun') {
    const mc = /(?:^|\s)مع\s+$/.exec(norm.slice(Math.max(from, m.index - 4), m.index));
    return mc ? m.index - mc[0].trimStart().length : -1;
  }
  const before = norm.slice(Math.max(from, m.index - 3), m.index);
  // After a comma, or right after a closing quote: «…» مشيرا إلى…
  const afterComma = /[،,»”"]\s*$/.test(before);
  const conj = m.pre.startsWith('و');
  if (form.kind === 'participle' && (afterComma || conj)) return m.index;
  if (form.kind === 'verb' && conj && afterComma) return m.index;
  // "…، بينما طالب X بـ…": a contrast clause with its own reporting verb.
  const contrast = CONTRAST.exec(norm.slice(Math.max(from, m.index - 9), m.index));
  if (form.kind === 'verb' && contrast) return m.index - contrast[0].trimStart().length;
  return -1;
}

/**
 * The article's clause-opening cues, read once: `at[i]` is cutAt of cue i with its whole
 * lookbehind, `next[i]` the first cue from i on that opens a clause (hits.length if none).
 */
function cutIndex(doc: Doc): { at: Int32Array; next: Int32Array } {
  return remember(doc, 'positions/cutIndex', () => {
    const hits = doc.cues;
    const at = new Int32Array(hits.length);
    const next = new Int32Array(hits.length);
    let following = hits.length;
    for (let i = hits.length - 1; i >= 0; i--) {
      at[i] = cutAt(doc.norm, 0, hits[i]);
      if (at[i] >= 0) following = i;
      next[i] = following;
    }
    return { at, next };
  });
}

/** Trim spaces, commas and a dangling conjunction from both ends. */
export function trim(norm: string, start: number, end: number): Span {
  // (by code unit, as /[\s،,:؛;]/ and /[\s،,؛;:.\-–—]/ read each character: no string and no
  // regex per character)
  let s = start;
  let e = end;
  while (s < e && (isSpace(norm.charCodeAt(s)) || isLeadingMark(norm.charCodeAt(s)))) s++;
  for (;;) {
    while (e > s && (isSpace(norm.charCodeAt(e - 1)) || isTrailingMark(norm.charCodeAt(e - 1)))) e--;
    if (e - s > 2 && norm.charCodeAt(e - 1) === 0x648 && isSpace(norm.charCodeAt(e - 2))) e -= 1; // و
    else break;
  }
  return { start: s, end: e };
}

/** ، , : ؛ ; */
function isLeadingMark(c: number): boolean {
  return c === 0x60c || c === 0x2c || c === 0x3a || c === 0x61b || c === 0x3b;
}

/** ، , ؛ ; : . - – — */
function isTrailingMark(c: number): boolean {
  return c === 0x60c || c === 0x2c || c === 0x61b || c === 0x3b || c === 0x3a || c === 0x2e || c === 0x2d || c === 0x2013 || c === 0x2014;
}
