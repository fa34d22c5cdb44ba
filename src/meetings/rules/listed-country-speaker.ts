import { mark } from '../../rules.js';
import { peopleOf, type MeetingRule } from '../model.js';
import { isMeetingNoun } from './shared.js';

/**
 * "أكد الوزير المصري فلان أن الاجتماع يستهدف …": one person speaking of the meeting of listed
 * countries just reported, for one of them, stands for that country's side.
 */
export const listedCountrySpeaker: MeetingRule = {
  id: 'listed-country-speaker',
  stage: 'meetings',
  summary: 'an official who speaks of the meeting of listed countries just told stands for his country\'s side',
  example: 'الأردن وتونس يجريان مباحثات في عمان. وأكد وزير الخارجية الأردني سامر الحديدي أن الاجتماع يعزز التعاون.',
  sentence(st) {
    const people = peopleOf(st);
    const listed = st.a.out[st.a.out.length - 1];
    if (people.length !== 1 || st.ids.length !== 1 || !listed?.sides?.length || st.s.start - listed.span.end >= 1200) return 'next';
    if (!isMeetingNoun(st.doc.norm.slice(st.hit!.start, st.hit!.end))) return 'next';
    const p = st.index.entities[people[0]];
    const side = listed.participants.find((id) => st.index.entities[id].kind === 'country' && st.index.entities[id].country === p.country);
    if (side === undefined || !p.country) return 'next';
    listed.participants = listed.participants.map((id) => (id === side ? p.id : id));
    listed.sides = listed.sides.filter((id) => id !== side);
    mark(listed.rules, this.id);
    return 'stop';
  },
};
