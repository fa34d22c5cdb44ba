import type { PositionRule } from '../model.js';
import { normalizeForm } from '../../normalize/index.js';

/** What one declines to give (normalised): التعليق، الإجابة، الرد، الكشف عن اسمه، الإفصاح، الإدلاء بتصريح. */
const NO_COMMENT: ReadonlySet<string> = new Set(['التعليق', 'الإجابة', 'الرد', 'الكشف', 'الإفصاح', 'الإدلاء', 'ذكر', 'كشف', 'التصريح'].map(normalizeForm));

/** How many words the subject between the cue and what is declined may have. */
const SUBJECT_WORDS = 4;

/**
 * "رفضت الحكومة التعليق"، "مسؤول رفض الكشف عن اسمه"، "رفض الإجابة عن أسئلة الصحفيين": declining
 * to comment, to answer or to be named states no view (corpus README: a position is a statement,
 * view, demand, refusal… of something); the refusal of a comment is no position.
 */
export const declinedToComment: PositionRule = {
  id: 'declined-to-comment',
  stage: 'positions',
  summary: 'رفض التعليق، رفض الكشف عن اسمه، رفض الإجابة: declining to comment or to be named is no position',
  example: 'وقال مسؤول رفض الكشف عن اسمه إن الاجتماع كان مفيدا.',
  cue(st) {
    if (st.form.entry.id !== 'rafada') return 'next';
    // the word after the cue, or after its subject (رفضت الحكومة التعليق، رفض الوزير فلان الكشف عن)
    const words = st.doc.norm.slice(st.cueEnd, st.cueEnd + 60).split(/\s+/u).filter(Boolean).slice(0, SUBJECT_WORDS + 1);
    return words.some((w) => NO_COMMENT.has(w)) ? 'stop' : 'next';
  },
};
