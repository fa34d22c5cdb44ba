import { mark } from '../../rules.js';
import { holderOf } from '../holder.js';
import type { PositionRule } from '../model.js';
import { zoneSkipped } from './shared.js';

/**
 * The holder named between the cue and its particle: "وأكد وزير الزراعة كمال الغربي أن…" →
 * كمال الغربي; a joint subject (الجانبان), a source (نقلا عن X), a spokesman (for his body) or a
 * statement (for its issuer) are resolved by holder.ts.
 */
export const subjectZone: PositionRule = {
  id: 'subject-zone',
  stage: 'positions',
  summary: 'the holder is the subject named between the cue and its particle (أكد الوزير X أن …)',
  example: 'وأكد وزير الزراعة كمال الغربي أن محصول القمح وفير هذا العام.',
  cue(st) {
    if (!st.comp || st.holder || zoneSkipped(st)) return 'next';
    st.holder = holderOf(st.ctx, st.cueEnd, st.comp.start, false);
    if (st.holder) mark(st.trail, this.id);
    return 'next';
  },
};
