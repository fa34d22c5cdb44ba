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
  if (opener && opener in QUOTE_PAIRS) {
    const rel = norm.slice(start, start + MAX_QUOTE).indexOf(QUOTE_PAIRS[opener]);
    if (rel >= 0) return { ...trim(norm, start, start + rel), quote: true };
  }
  const si = sentenceAt(doc, start);
  const sentEnd = Math.min(si >= 0 ? doc.sentences[si].end : norm.length, start + MAX_STATEMENT);
  let end = sentEnd;
  const slice = norm.slice(start, sentEnd);
  const att = ATTRIBUTION_CUT.exec(slice);
  if (att) end = start + att.index;
  const cue = nextCutCue(norm, start, end);
  if (cue !== undefined) end = cue;
  return { ...trim(norm, start, end), quote: false };
}

/** The start of the first cue in (start, end) that opens a new clause, if any. */
function nextCutCue(norm: string, start: number, end: number): number | undefined {
  const re = new RegExp(CUE_RE.source, 'gu');
  re.lastIndex = start + 1;
  for (let m = re.exec(norm); m && m.index < end; m = re.exec(norm)) {
    const form = cueOf(m.groups!.w);
    if (!form) continue;
    // "…، مع تأكيده على…": a verbal noun after مع opens its own claim.
    if (form.kind === 'noun') {
      const mc = /(?:^|\s)مع\s+$/.exec(norm.slice(Math.max(start, m.index - 4), m.index));
      if (mc) return m.index - mc[0].trimStart().length;
      continue;
    }
    const before = norm.slice(Math.max(start, m.index - 3), m.index);
    const afterComma = /[،,]\s*$/.test(before);
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
