import { orig, sentenceAt } from '../../document.js';
import { wordAlternation } from '../../lexicon/compile.js';
import { QUOTE_ATTRIBUTIONS } from '../../lexicon/positionWords.js';
import { lowerBoundByStart } from '../../segment/search.js';
import { tokensIn } from '../../segment/tokens.js';
import type { Position, Span } from '../../types.js';
import { closingMark, trim } from '../boundary.js';
import type { ArticleState, Found } from '../model.js';
import type { PositionRule } from '../model.js';
import { LETTER_OR_DIGIT } from '../../lexicon/wordChars.js';

/** One letter or digit. */
const LETTER_OR_DIGIT_RE = new RegExp(LETTER_OR_DIGIT, 'u');

// A quotation this short is a name or a term («خارطة الطريق»), not a statement.
const MIN_WORDS = 4;
// How far after a quotation its attribution may come, within the sentence.
const ATTRIBUTION_REACH = 600;
// "…، حسبما صرح المتحدث", "، بحسب ما ذكر البيان", "، على حد تعبيره": the sentence reports someone's words.
const ATTRIBUTED = new RegExp(`(?:${wordAlternation(QUOTE_ATTRIBUTIONS)})`, 'u');
const OPENERS = /[«“"]/gu;

/**
 * Quotations that no reporting cue introduces, in a sentence whose words are attributed (حسبما
 * صرح…, نقلا عن…): "وتناول الوزير كمال الغربي خلال اللقاء أولويات بلاده، ومنها «…»، حسبما
 * صرح المتحدث" → the quotation is the position of the sentence's first named person. A quotation
 * inside a statement already made, or among the teasers (skip-teasers), is left out.
 */
export const attributedQuote: PositionRule = {
  id: 'attributed-quote',
  stage: 'positions',
  summary: 'a quotation no cue introduces, in a sentence attributed with حسبما / نقلا عن, is the position of its sentence\'s first person',
  example: 'وتناول الوزير كمال الغربي خلال اللقاء أولويات بلاده، ومنها «حماية المياه الجوفية من الاستنزاف»، حسبما صرح المتحدث باسم الوزارة.',
  refine(a) {
    a.found.push(...attributedQuotes(a).filter((f) => f.cue < a.teasers));
  },
};

/** The attributed quotations of the article that no statement found so far holds. */
function attributedQuotes(a: ArticleState): Found[] {
  const { doc } = a;
  const norm = doc.norm;
  // (made at the first quotation mark: a text with none sorts no statements)
  let covered: ((at: number) => boolean) | undefined;
  const out: Found[] = [];
  const re = new RegExp(OPENERS.source, 'gu');
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const open = m.index;
    // A straight quote opens only before a letter, after a space or the start.
    if (m[0] === '"' && !(LETTER_OR_DIGIT_RE.test(norm[open + 1] ?? '') && (open === 0 || /[\s(:،,]/u.test(norm[open - 1])))) continue;
    const close = closingMark(norm, open + 1, m[0]);
    if (close < 0) continue;
    re.lastIndex = close + 1;
    covered ??= coverage(a.found.map((f) => f.span));
    if (covered(open + 1)) continue;
    if (tokensIn(doc, open + 1, close, MIN_WORDS).filter((t) => t.word).length < MIN_WORDS) continue;
    const f = quotePosition(a, open, close);
    if (f) out.push(f);
  }
  return out;
}

/** "Is this offset inside one of the spans": a binary search over the spans sorted by start, with a running maximum of ends. */
function coverage(spans: Span[]): (at: number) => boolean {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -1, s.end));
  return (at) => {
    const i = lowerBoundByStart(sorted, at + 1) - 1;
    return i >= 0 && reach[i] > at;
  };
}

/** The position of the quotation [open + 1, close) when its sentence attributes it to a person named before it. */
function quotePosition(a: ArticleState, open: number, close: number): Found | undefined {
  const { doc, entities } = a;
  const norm = doc.norm;
  const si = sentenceAt(doc, open);
  if (si < 0) return undefined;
  const sent = doc.sentences[si];
  if (!ATTRIBUTED.test(norm.slice(close, Math.min(sent.end, close + ATTRIBUTION_REACH)))) return undefined;
  const who = entities.firstPersonIn(sent.start, open);
  if (!who) return undefined;
  const stmt = trim(norm, open + 1, close);
  if (stmt.end <= stmt.start) return undefined;
  const o = orig(doc, stmt);
  const p: Position = {
    holder: entities.entities[who.entity].name,
    statement: doc.text.slice(o.start, o.end),
    cue: null,
    stance: 'assert',
    quote: true,
    via: null,
    start: o.start,
    end: o.end,
    rule: 'quote:attributed/subject',
    rules: [attributedQuote.id],
  };
  return { p, cueAt: orig(doc, { start: open, end: open + 1 }).start, span: stmt, cue: open };
}
