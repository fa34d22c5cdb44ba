import type { MeetingRule } from '../model.js';

/** The sides of the sentence's meeting: the entities of the mentions the rules before kept, in text order. */
export const collectSides: MeetingRule = {
  id: 'collect-sides',
  stage: 'meetings',
  summary: 'the sides are the entities of the mentions the earlier rules kept, in order of first mention',
  example: 'التقى وزير الخارجية الأردني سامر الحديدي نظيره التونسي كمال الغربي في عمان.',
  sentence(st) {
    for (const m of st.candidates) if (!st.ids.includes(m.entity)) st.ids.push(m.entity);
    return 'next';
  },
};
