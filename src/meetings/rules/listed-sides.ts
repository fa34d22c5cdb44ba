import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';
import { bodySides } from '../sides.js';

/**
 * Countries and bodies named as the sides outright, not through a person: a list of two or more
 * joined by و that opens the sentence or follows "كل من"، "بين" or plural officials (sides.ts):
 * "الأردن والعراق يجريان مفاوضات"، "وزراء نقل الأردن والعراق وسوريا يبحثون …".
 */
export const listedSides: MeetingRule = {
  id: 'listed-sides',
  stage: 'meetings',
  summary: 'countries or bodies listed together as the sides (المغرب والجزائر يجريان مفاوضات) are sides',
  example: 'الأردن وتونس يجريان مباحثات في عمان حول التعاون الاقتصادي.',
  sentence(st) {
    st.sides = bodySides(st.doc.norm, st.s, st.index, st.inSentence, st.hit!);
    if (st.sides.length) mark(st.trail, this.id);
    return 'next';
  },
};
