import { mark } from '../../rules.js';
import { peopleOf, type MeetingRule } from '../model.js';
import { dateIn } from './shared.js';

/**
 * "وافقت الحكومة على دعوة المبعوث الخاص … فلان للمشاركة في جولة الحوار": an envoy in a
 * meeting sentence that names a side of the talks just reported mediates those talks.
 */
export const envoyJoinsTalks: MeetingRule = {
  id: 'envoy-joins-talks',
  stage: 'meetings',
  summary: 'an envoy in a meeting sentence naming a side of the talks just told joins those talks',
  example: 'الأردن وتونس يجريان مباحثات في عمان. ورحبت تونس بمشاركة المبعوث الأممي سليم العمري في الاجتماع.',
  sentence(st) {
    const people = peopleOf(st);
    const { index, a } = st;
    const listed = a.out[a.out.length - 1];
    if (people.length !== 1 || index.entities[people[0]].roleKind !== 'envoy' || !listed?.sides?.length || st.s.start - listed.span.end >= 600) return 'next';
    const e = index.entities[people[0]];
    if (listed.participants.includes(e.id) || listed.participants.some((x) => index.entities[x].kind === 'country' && index.entities[x].country === e.country)) return 'next';
    if (!st.inSentence.some((m) => listed.sides!.includes(m.entity) && m.start < st.clause.start)) return 'next';
    listed.participants.push(e.id);
    if (!listed.date) {
      const date = dateIn(a, st.s);
      if (date.span) {
        listed.date = date.span;
        listed.isoDate = date.iso;
      }
    }
    mark(listed.rules, this.id);
    return 'stop';
  },
};
