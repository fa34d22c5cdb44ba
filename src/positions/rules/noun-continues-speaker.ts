import { mark } from '../../rules.js';
import type { PositionRule } from '../model.js';

/** "…، مع التأكيد على…": a bare definite verbal noun continues the speaker of its sentence. */
export const nounContinuesSpeaker: PositionRule = {
  id: 'noun-continues-speaker',
  stage: 'positions',
  summary: 'a definite verbal noun with no subject (مع التأكيد على …) continues the speaker of its sentence',
  example: 'وقال الوزير كمال الغربي إن المفاوضات مستمرة، مع التأكيد على أن الاتفاق لم يكتمل بعد.',
  cue(st) {
    const { last } = st.a;
    if (st.holder || st.form.kind !== 'noun' || !st.w.startsWith('ال') || !last || last.sentence !== st.si) return 'next';
    st.holder = last.holder;
    mark(st.trail, this.id);
    return 'next';
  },
};
