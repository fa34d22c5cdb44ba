import type { PositionRule } from '../model.js';

/**
 * The holder of a statement becomes the current speaker: the later cues with no subject of their
 * own (وأضاف، مؤكدا، مع التأكيد) continue him (continues-last-speaker, noun-continues-speaker,
 * reporter-noun read it).
 */
export const currentSpeaker: PositionRule = {
  id: 'current-speaker',
  stage: 'positions',
  summary: 'the holder of each statement becomes the current speaker, whom later subjectless cues continue',
  example: 'وأعلن وزير الصحة كمال الغربي أن إدارة المستشفى الجديد ستسند إلى الطبيبة ليلى الساعدي. وتابع أن المستشفى سيفتح أبوابه في الربيع.',
  statement(st) {
    st.a.last = { holder: st.holder, at: st.cueStart, sentence: st.si, span: st.stmt };
    return 'next';
  },
};
