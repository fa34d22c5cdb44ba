import { mark } from '../../rules.js';
import { peopleOf, type MeetingRule } from '../model.js';
import { fewSides, placeIn } from './shared.js';

/**
 * "قام الأمير فلان بزيارة رسمية إلى … لندن": where a visitor is, for his meetings that name no
 * place. The first visit sentence of one person with a place gives it.
 */
export const visitorPlace: MeetingRule = {
  id: 'visitor-place',
  stage: 'meetings',
  summary: 'a lone visitor\'s place (قام بزيارة إلى لندن) is the place of his meetings that name none',
  example: 'التقى الوزير سامر الحديدي الرئيس كمال الغربي. وكان الوزير قد بدأ أمس زيارة رسمية إلى تونس.',
  sentence(st) {
    if (!fewSides(st)) return 'next';
    const people = peopleOf(st);
    const place = placeIn(st.a, st.from, st.to);
    if (place && st.hit!.cue.kind === 'visit' && people.length === 1 && !st.a.visited.has(people[0])) st.a.visited.set(people[0], place);
    return 'next';
  },
  refine(a) {
    for (const m of a.out) {
      if (m.location) continue;
      const v = m.participants.find((id) => a.visited.has(id));
      if (v === undefined) continue;
      m.location = a.visited.get(v)!;
      mark(m.rules, this.id);
    }
  },
};
