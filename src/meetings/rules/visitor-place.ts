import { mark } from '../../rules.js';
import { peopleOf, type MeetingRule } from '../model.js';
import { fewSides, placeIn } from './shared.js';
import { tokenAt } from '../../segment/tokens.js';
import type { Span } from '../../types.js';
import type { SentenceState } from '../model.js';

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
    const people = peopleOf(st);
    // one visitor, alone or meeting only bodies named as sides ("يزور فلان موسكو لإجراء محادثات مع مسؤولين روس")
    if (!fewSides(st) && !(people.length === 1 && st.ids.every((id) => id === people[0] || st.namedSides.includes(id)))) return 'next';
    const place = placeIn(st.a, st.from, st.to) ?? (people.length === 1 ? visitedAfterName(st, people[0]) : null);
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

/**
 * "زيارة الرئيس الفرنسي فلان، تونس": the country or city a visit noun takes as its object right
 * after the visitor's name (a comma between at most), where the sentence gives no place otherwise.
 */
function visitedAfterName(st: SentenceState, visitor: number): Span | null {
  const { doc } = st;
  const tokens = doc.tokens;
  for (const m of st.inSentence) {
    if (m.entity !== visitor || m.type !== 'name') continue;
    const i = tokenAt(tokens, m.end);
    if (i >= st.to || i <= st.at0) continue;
    const gap = doc.norm.slice(m.end, tokens[i].start);
    if (!/^\s*[،,]?\s*$/u.test(gap)) continue;
    const c = doc.lex.countryNames.match(i) ?? doc.lex.cities.match(i);
    if (c && c.pre === '' && !c.ambiguous) return { start: c.start, end: c.end };
  }
  return null;
}
