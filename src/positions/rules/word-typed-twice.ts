import type { PositionRule } from '../model.js';

/** "حسبما ذكرت ذكرت مصادر": a cue word typed twice in a row is one cue; the second copy is passed over. */
export const wordTypedTwice: PositionRule = {
  id: 'word-typed-twice',
  stage: 'positions',
  summary: 'a cue word repeated right after itself (a typing slip) is one cue',
  example: 'وانخفضت أسعار الوقود هذا الأسبوع، حسبما ذكرت ذكرت مصادر في وزارة الطاقة أن الانخفاض سيستمر.',
  cue(st) {
    const { head } = st;
    const word = st.doc.norm.slice(st.hit.index, st.hit.end);
    return head.endsWith(word + ' ') && /(?:^|\s)$/.test(head.slice(0, head.length - word.length - 1)) ? 'stop' : 'next';
  },
};
