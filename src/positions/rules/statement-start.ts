import type { PositionRule, CueState } from '../model.js';
import { QUOTE_PAIRS } from '../../segment/tokens.js';
import { closingMark } from '../boundary.js';

/**
 * Where the statement starts: after the particle (أكد أن …), or inside the quotation (قال: «…»);
 * at an object that opens right after the cue (أكد ضرورة …); right after a participle or a dual
 * verb that take their object at once (مستنكرا بشدة الهجوم، وأدانا الهجوم), or after a relative
 * clause's verb. A verbal noun or a verb with neither particle nor object states nothing here.
 */
export const statementStart: PositionRule = {
  id: 'statement-start',
  stage: 'positions',
  summary: 'the statement starts after the particle, inside the quotation, or at the object after a participle or dual verb',
  example: 'وشارك الوزير كمال الغربي في افتتاح المعرض، مستنكرا بشدة الاعتداء على حراس المعرض الليلة الماضية.',
  cue(st) {
    if (st.comp?.kind === 'quote') st.opener = quoteOpener(st.doc.norm, st.comp.start, st.comp.end);
    // bounded-subject placed it after the subject it read
    st.contentStart ??= startOf(st);
    if (st.contentStart === undefined) return 'stop';
    // "قال … إن «هدف الزيارة بسيط.. البلاد تعيش أوقاتا صعبة»": a whole quotation after the particle
    // runs to its closing mark, past the full stops inside it
    if (!st.opener && st.comp?.kind === 'an') quotedAfterParticle(st, st.contentStart);
    return 'next';
  },
};

/** Where the statement of the cue starts, or undefined when the cue states nothing here. */
function startOf(st: CueState): number | undefined {
  const { comp, form } = st;
  if (comp) return st.objectFirst || comp.contentStart;
  if (form.entry.complements.includes('obj') && form.kind !== 'noun') {
    if (st.objectFirst) return st.objectFirst;
    if (form.kind === 'participle' || st.dual || st.relativeTo) return st.cueEnd;
    // a verb whose subject bounded-subject did not read
    return undefined;
  }
  return form.kind === 'participle' ? st.cueEnd : undefined;
}

/** The opening quotation mark at a quote complement (": «" or "«"), if any. */
function quoteOpener(norm: string, start: number, end: number): string | null {
  const q = /[«“"„]/.exec(norm.slice(start, end));
  return q ? q[0] : null;
}

/** Words a quotation right after أن/إن must hold to be read whole (a quoted name or phrase is no quotation). */
const MIN_QUOTED_WORDS = 5;

/**
 * Where the statement opens with a quotation mark that closes after at least MIN_QUOTED_WORDS words
 * and before a full stop, comma or the line's end, the statement is that quotation.
 */
function quotedAfterParticle(st: CueState, at: number): void {
  const norm = st.doc.norm;
  const m = /^\s*([«“"])/u.exec(norm.slice(at, at + 3));
  if (!m || !(m[1] in QUOTE_PAIRS)) return;
  const start = at + m[0].length;
  const close = closingMark(norm, start, m[1]);
  if (close < 0 || !/^\s*(?:[.،,؛:!؟?\n]|$)/u.test(norm.slice(close + 1, close + 4))) return;
  if ((norm.slice(start, close).match(/\S+/gu)?.length ?? 0) < MIN_QUOTED_WORDS) return;
  st.opener = m[1];
  st.contentStart = start;
}
