import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';

/** A spokesman reports a meeting; he is not one of its sides (المتحدث باسم الخارجية). */
export const spokesmanNotAttendee: MeetingRule = {
  id: 'spokesman-not-attendee',
  stage: 'meetings',
  summary: 'a spokesman is no side of the meeting he reports',
  example: 'التقى الوزير سامر الحديدي نظيره كمال الغربي بحضور المتحدث باسم الوزارة هاني الزعبي.',
  sentence(st) {
    const kept = st.candidates.filter((m) => {
      const e = st.index.entities[m.entity];
      return !(e.kind === 'person' && e.roleKind === 'spokesman');
    });
    if (kept.length < st.candidates.length) mark(st.trail, this.id);
    st.candidates = kept;
    return 'next';
  },
};
