import { mark } from '../../rules.js';
import { jointOf } from '../holder.js';
import type { PositionRule } from '../model.js';

/**
 * "وشهد اللقاء التأكيد على…": a bare definite verbal noun with no speaker in its sentence is the
 * view of the meeting's sides, where the article reports a meeting.
 */
export const nounStatesMeetingView: PositionRule = {
  id: 'noun-states-meeting-view',
  stage: 'positions',
  summary: 'a definite verbal noun with no speaker in its sentence (شهد اللقاء التأكيد على …) is the meeting\'s joint view',
  example: 'والتقى الرئيس كمال الغربي الوزير سامر الحديدي في قصر الرئاسة. وشهد اللقاء التأكيد على دعم مشاريع الطاقة المشتركة.',
  cue(st) {
    // after noun-continues-speaker: a speaker in the sentence wins
    if (st.holder || st.form.kind !== 'noun' || !st.w.startsWith('ال') || !st.a.meetings.length) return 'next';
    st.holder = jointOf(st.ctx, st.cueStart);
    if (st.holder) mark(st.trail, this.id);
    return 'next';
  },
};
