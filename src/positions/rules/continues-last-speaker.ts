import { mark } from '../../rules.js';
import type { PositionRule } from '../model.js';
import { SPEAKER_REACH } from './shared.js';

/** "وأضاف أن…"، "مؤكدا على…"، "تأكيده على…" with no one else named: the current speaker goes on. */
export const continuesLastSpeaker: PositionRule = {
  id: 'continues-last-speaker',
  stage: 'positions',
  summary: 'a cue with no subject and no one newly named continues the current speaker',
  example: 'وقال وزير النقل كمال الغربي إن النائب رائد الكبيسي سيزور الميناء غدا. وأضاف أن العمل يجري ليلا ونهارا.',
  cue(st) {
    const { last } = st.a;
    if (st.holder || !last || st.cueStart - last.at >= SPEAKER_REACH) return 'next';
    st.holder = last.holder;
    mark(st.trail, this.id);
    return 'next';
  },
};
