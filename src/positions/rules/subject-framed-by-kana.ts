import { mark } from '../../rules.js';
import { holderOfTokens } from '../holder.js';
import type { PositionRule } from '../model.js';
import { subjectBefore } from '../subject.js';
import { bareVerb, frontedPhraseEnd } from './shared.js';
import { objectStart } from './bounded-subject.js';

/**
 * "وكان الرئيس فلان قد اتهم القاهرة بدعم المعارضين"، "وكانت الوزارة انتقدت …": كان … قد, or كان
 * opening the sentence, frames the verb's subject before the verb, so the one named after the verb
 * is its object (whom he accused, criticised, urged), never its subject. Runs before the subject
 * zone after the cue is read.
 */
export const subjectFramedByKana: PositionRule = {
  id: 'subject-framed-by-kana',
  stage: 'positions',
  summary: 'a verb cue framed by كان … قد, or by كان opening the sentence (وكان الوزير فلان قد انتقد الحكومة), speaks for the subject inside the frame, not for the object after the verb',
  example: 'وكان وزير الخارجية سامر الحديدي قد اتهم الحكومة المجاورة بدعم المتمردين.',
  cue(st) {
    if (st.holder || !bareVerb(st) || frontedPhraseEnd(st) >= 0) return 'next';
    const qad = QAD_BEFORE.test(st.doc.norm.slice(Math.max(st.sStart, st.cueStart - 4), st.cueStart));
    // "وكان الرئيس فلان اتهم …": كان opening the sentence frames the subject without قد too
    if (!qad && !(st.cueStart - st.sStart <= KANA_REACH && KANA_OPENS.test(st.doc.norm.slice(st.sStart, st.cueStart)))) return 'next';
    const before = subjectBefore(st.doc, st.sStart, st.cueStart);
    if (!before.length) return 'next';
    const h = holderOfTokens(st.ctx, before, before[0].start, st.cueStart, false);
    if (!h) return 'next';
    // (its subject ends, for the rules after, where the verb does: what follows is the verb's object)
    st.holder = { ...h, how: 'before', end: st.cueEnd, nameEnd: st.cueEnd };
    // a direct-object verb with no particle: the statement is its object, right after it
    if (!st.comp && st.form.entry.complements.includes('obj')) st.contentStart = objectStart(st.doc, st.cueEnd, st.cueEnd, st.limit);
    mark(st.trail, this.id);
    return 'next';
  },
};

/** قد right before the verb (normalised, the end of a slice). */
const QAD_BEFORE = /(?:^|\s)قد\s+$/u;
/** How far (normalised characters) into its sentence a cue framed by كان alone may stand: a subject of six words. */
const KANA_REACH = 90;
/** كان or كانت opening the sentence, a subject of at most six words, then the cue (normalised slice). */
const KANA_OPENS = /^[\s"«“]*[وف]?(?:كان|كانت)\s+(?:\S+\s+){1,6}$/u;
