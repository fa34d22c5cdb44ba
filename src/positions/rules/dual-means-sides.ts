import { mark } from '../../rules.js';
import { jointOf } from '../holder.js';
import type { PositionRule } from '../model.js';

/** "وأكدا على…" (a dual verb with no subject): the two sides of the meeting reported there. */
export const dualMeansSides: PositionRule = {
  id: 'dual-means-sides',
  stage: 'positions',
  summary: 'a dual verb cue with no subject (وأكدا …) speaks for the sides of the meeting',
  example: 'واستقبل الرئيس كمال الغربي الوزير سامر الحديدي في قصر الرئاسة. وأكدا على أهمية التعاون في مجال الطاقة.',
  cue(st) {
    if (st.holder || !st.dual) return 'next';
    st.holder = jointOf(st.ctx, st.cueStart);
    if (st.holder) mark(st.trail, this.id);
    return 'next';
  },
};
