import type { Doc } from '../document.js';
import { sentenceAt } from '../document.js';
import { CUE_RE, cueOf } from './cue-forms.js';
import { QUOTE_PAIRS } from './tokens.js';
import type { Span } from '../types.js';

/** How far a quotation may run before we give up looking for its closing mark (an unclosed quote). */
const MAX_QUOTE = 3000;
/** How far a reported statement may run inside one (unpunctuated) sentence. */
const MAX_STATEMENT = 1500;

// Clauses that end a claim inside a sentence: "، حسبما صرح…", "، وفقا لما…", "، بحسب…", "، على حد تعبيره".
const ATTRIBUTION_CUT = /[،,]\s*(?:و?حسبما|وفقا لما|طبقا لما|بحسب|حسب|وفقا ل|نقلا عن|علي حد (?:تعبيره|تعبيرها|قوله|قولها))(?![\p{L}\p{N}])/u;

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
    if (close >= 0 && !reportsInside(doc, si, close)) return { ...trim(norm, start, close), quote: true };
  }
  const sentEnd = Math.min(si >= 0 ? doc.sentences[si].end : norm.length, start + MAX_STATEMENT);
  let end = sentEnd;
  const slice = norm.slice(start, sentEnd);
  const att = ATTRIBUTION_CUT.exec(slice);
  if (att) end = start + att.index;
  const cue = nextCutCue(norm, start, end);
  if (cue !== undefined) end = cue;
  return { ...trim(norm, start, end), quote: false };
}

/**
 * The offset of the mark that closes a quote opened just before `start`, or -1 within MAX_QUOTE.
 * A mark after a space and before a letter opens an inner quote ("… دول "خمسة+واحد" …"), whose own
 * closer is skipped too: straight quotes cannot nest, so the side they stand on tells them apart.
 */
export function closingMark(norm: string, start: number, opener: string): number {
  const closer = QUOTE_PAIRS[opener];
  const end = Math.min(norm.length, start + MAX_QUOTE);
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = norm[i];
    if (c !== closer && c !== opener) continue;
    const opens = c === opener && (c !== closer || ((i === 0 || /\s/.test(norm[i - 1])) && /[\p{L}\p{N}]/u.test(norm[i + 1] ?? '')));
    if (opens) depth++;
    else if (depth > 0) depth--;
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
const OPENING_CUE = /^\s*[وف](\p{L}+)/u;

/** The start of the first cue in (start, end) that opens a new clause, if any. */
function nextCutCue(norm: string, start: number, end: number): number | undefined {
  // Match within the bounded slice only, so that a long cue-free tail is never scanned.
  const slice = norm.slice(start, end);
  const re = new RegExp(CUE_RE.source, 'gu');
  re.lastIndex = 1;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    m.index += start;
    const form = cueOf(m.groups!.w);
    if (!form) continue;
    // "…، مع تأكيده على…": a verbal noun after مع opens its own claim.
    if (form.kind === 'noun') {
      const mc = /(?:^|\s)مع\s+$/.exec(norm.slice(Math.max(start, m.index - 4), m.index));
      if (mc) return m.index - mc[0].trimStart().length;
      continue;
    }
    const before = norm.slice(Math.max(start, m.index - 3), m.index);
    // After a comma, or right after a closing quote: «…» مشيرا إلى…
    const afterComma = /[،,»”"]\s*$/.test(before);
    const conj = m.groups!.pre.startsWith('و');
    if (form.kind === 'participle' && (afterComma || conj)) return m.index;
    if (form.kind === 'verb' && conj && afterComma) return m.index;
  }
  return undefined;
}

/** Trim spaces, commas and a dangling conjunction from both ends. */
export function trim(norm: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s،,:؛;]/.test(norm[s])) s++;
  for (;;) {
    while (e > s && /[\s،,؛;:.\-–—]/.test(norm[e - 1])) e--;
    if (e - s > 2 && norm[e - 1] === 'و' && /\s/.test(norm[e - 2])) e -= 1;
    else break;
  }
  return { start: s, end: e };
}
