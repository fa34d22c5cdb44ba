import { mark } from '../../rules.js';
import type { PositionRule } from '../model.js';

/** "…، مع التشديد على…": a bare definite verbal noun continues the speaker of its sentence. */
export const nounContinuesSpeaker: PositionRule = {
  id: 'noun-continues-speaker',
  stage: 'positions',
  summary: 'a definite verbal noun with no subject (مع التشديد على …) continues the speaker of its sentence',
  example: 'والتقى الرئيس كمال الغربي الوزير سامر الحديدي في قصر الرئاسة. وقال الوزير سامر الحديدي إن المفاوضات مستمرة، مع التشديد على أن الاتفاق لم يكتمل بعد.',
  cue(st) {
    const { last } = st.a;
    if (st.holder || st.form.kind !== 'noun' || !st.w.startsWith('ال') || !last || last.sentence !== st.si) return 'next';
    st.holder = last.holder;
    mark(st.trail, this.id);
    return 'next';
  },
};
