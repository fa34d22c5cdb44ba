import type { PositionRule } from '../model.js';

/**
 * "حقهم في التظاهر والمطالبة بحقوقهم"، "تجريم التكفير والدعوة إلى العنف": a verbal noun with و and
 * the article right after another word, nothing between, is joined to the phrase it follows (a
 * noun coordinated with a noun), not a new statement; after a comma (…، والمطالبة بإقالة الوالي)
 * it may be one. Not in a sentence with no speaker of an article that reports a meeting, where
 * such nouns tell what the sides agreed (جرى خلال اللقاء بحث العلاقات والتأكيد على …:
 * noun-states-meeting-view).
 */
export const nounCoordinatedInPhrase: PositionRule = {
  id: 'noun-coordinated-in-phrase',
  stage: 'positions',
  summary: 'a verbal noun with و right after a word, no comma between (تجريم التكفير والدعوة إلى …), is coordinated, not a cue',
  example: 'وقال الوزير كمال الغربي إن الحكومة ستحمي حق العمال في التظاهر والمطالبة بزيادة الأجور.',
  cue(st) {
    if (st.form.kind !== 'noun' || st.pre !== 'و' || !st.w.startsWith('ال')) return 'next';
    if (st.a.meetings.length && st.a.last?.sentence !== st.si) return 'next';
    const k = st.hit.i;
    return k > 0 && st.doc.tokens[k].joined ? 'stop' : 'next';
  },
};
