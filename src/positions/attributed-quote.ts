import { orig, sentenceAt, type Doc } from '../document.js';
import type { EntityIndex } from '../entities/model.js';
import type { Position } from '../types.js';
import { closingMark, trim } from './boundary.js';
import type { Found } from './dedupe.js';
import { lowerBound } from '../segment/search.js';
import { tokensIn } from '../segment/tokens.js';

// A quotation this short is a name or a term («خارطة الطريق»), not a statement.
const MIN_WORDS = 4;
// How far after a quotation its attribution may come, within the sentence.
const ATTRIBUTION_REACH = 600;
// "…، حسبما صرح المتحدث", "، بحسب ما ذكر البيان", "، على حد تعبيره": the sentence reports someone's words.
const ATTRIBUTED = /(?:حسبما|بحسب ما|حسب ما|وفقا لما|طبقا لما|نقلا عن|علي حد تعبير)/u;
const OPENERS = /[«“"]/gu;

/**
 * Quotations that no reporting cue introduces, in a sentence whose words are attributed (حسبما
 * صرح…, نقلا عن…): "وتناول الوزير سامر عيد خلال اللقاء ثوابت بلاده، وعلى رأسها «…»، حسبما صرح
 * المتحدث" → the quotation is the position of the sentence's first named person. `found` holds
 * the cue-led positions already made (normalised spans); a quotation inside one is skipped.
 */
export function attributedQuotes(doc: Doc, entities: EntityIndex, found: { span: { start: number; end: number } }[]): Found[] {
  const norm = doc.norm;
  const spans = [...found.map((f) => f.span)].sort((a, b) => a.start - b.start);
  // Running maximum of ends, so "is this offset inside some statement" is one binary search.
  const reach: number[] = [];
  for (const s of spans) reach.push(Math.max(reach[reach.length - 1] ?? -1, s.end));
  const covered = (at: number): boolean => {
    const i = lowerBound(spans, at + 1, (s) => s.start) - 1;
    return i >= 0 && reach[i] > at;
  };
  const out: Found[] = [];
  const re = new RegExp(OPENERS.source, 'gu');
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const open = m.index;
    // A straight quote opens only before a letter, after a space or the start.
    if (m[0] === '"' && !(/[\p{L}\p{N}]/u.test(norm[open + 1] ?? '') && (open === 0 || /[\s(:،,]/u.test(norm[open - 1])))) continue;
    const close = closingMark(norm, open + 1, m[0]);
    if (close < 0) continue;
    re.lastIndex = close + 1;
    if (covered(open + 1)) continue;
    if (tokensIn(doc, open + 1, close, MIN_WORDS).filter((t) => t.word).length < MIN_WORDS) continue;
    const si = sentenceAt(doc, open);
    if (si < 0) continue;
    const sent = doc.sentences[si];
    if (!ATTRIBUTED.test(norm.slice(close, Math.min(sent.end, close + ATTRIBUTION_REACH)))) continue;
    const who = entities.firstPersonIn(sent.start, open);
    if (!who) continue;
    const stmt = trim(norm, open + 1, close);
    if (stmt.end <= stmt.start) continue;
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
      rules: ['attributed-quote'],
    };
    out.push({ p, cueAt: orig(doc, { start: open, end: open + 1 }).start, span: stmt, cue: open });
  }
  return out;
}
