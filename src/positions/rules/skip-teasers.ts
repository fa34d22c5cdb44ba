import type { Doc } from '../../document.js';
import { cueOf } from '../../lexicon/cueForms.js';
import { tokensIn, type TokenSource } from '../../segment/tokens.js';
import type { PositionRule } from '../model.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** A short verb in ـت (not after و or ف). */
const PAST_FEMININE = new RegExp(`^[^وف]${LETTER}{2,4}ت$`, 'u');

// How many trailing paragraphs must look like ledes before they are taken for pasted stories.
const MIN_TEASERS = 3;

/**
 * A news page often ends with the ledes of other stories ("- أعلن الجيش…", "هاجمت نقابة…", "نفت
 * هيئة…"): each paragraph opens on a bare past verb, with no و / ف tying it to what came before. A
 * run of at least three such paragraphs at the end of the body (and no more than half of it) is
 * another story: its cues, and its quotations (attributed-quote reads `teasers`), make no position.
 */
export const skipTeasers: PositionRule = {
  id: 'skip-teasers',
  stage: 'positions',
  summary: 'pasted ledes of other stories at the end of a page (three or more paragraphs opening on a bare past verb) hold no position of the article',
  example: [
    'الغربي يستقبل وفدا برلمانيا',
    'وأكد الرئيس كمال الغربي أن الحوار مع البرلمان مفتوح.',
    'وأضاف أن الحكومة ستعرض خطتها الشهر المقبل.',
    'وتابع أن الميزانية جاهزة.',
    'نفت وزارة الزراعة أن تكون أسعار القمح قد ارتفعت هذا الموسم.',
    'أعلنت هيئة الموانئ أن حركة الشحن عادت إلى طبيعتها.',
    'حذرت نقابة الأطباء من نقص حاد في الأدوية.',
  ].join('\n'),
  start(a) {
    a.teasers = teaserStart(a.doc);
  },
  cue(st) {
    return st.hit.index >= st.a.teasers ? 'stop' : 'next';
  },
};

/** Where pasted news teasers start, or the end of the text. */
export function teaserStart(doc: Doc): number {
  const paras = doc.paragraphs.slice(1);
  let k = paras.length;
  while (k > 0 && opensLede(doc, paras[k - 1].start, paras[k - 1].end)) k--;
  const run = paras.length - k;
  return run >= MIN_TEASERS && run * 2 <= paras.length ? paras[k].start : doc.norm.length;
}

/** True when a paragraph opens on a bare past verb: a cue verb (أعلن، نفت) or a feminine past (هاجمت). */
function opensLede(doc: TokenSource, start: number, end: number): boolean {
  const first = tokensIn(doc, start, end, 4).find((t) => t.word);
  if (!first) return false;
  const w = first.text;
  const cue = cueOf(w);
  if (cue) return cue.kind === 'verb' && !cue.entry.continuation && !/^[يت]/.test(w);
  // "هاجمت", "أثارت": a past verb with the feminine ت (not a و / ف continuation, not an ال noun).
  return PAST_FEMININE.test(w) && !w.startsWith('ال');
}
