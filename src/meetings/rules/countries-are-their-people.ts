import type { Entity } from '../../entities/model.js';
import { mark } from '../../rules.js';
import type { ArticleState, MeetingFound, MeetingRule } from '../model.js';

/**
 * Countries or bodies listed as the sides of a meeting (وزراء خارجية الأردن وفرنسا
 * واليابان يلتقون …) are the people the article names for them elsewhere: a meeting of listed sides
 * only, which another meeting's people all stand for, at no other place, is that meeting ("…
 * سيلتقي الوزير الفرنسي نظيريه الأردني والياباني في باريس"): its people take the sides' places. (A person
 * of a listed country in the same meeting need not stand for it: the president who attends a
 * meeting of his ministers is one more side.)
 */
export const countriesAreTheirPeople: MeetingRule = {
  id: 'countries-are-their-people',
  stage: 'meetings',
  summary: 'a meeting of listed countries only is the meeting whose people stand for them all, at the same place',
  example: 'الأردن وتونس تجريان مباحثات اليوم في العقبة. ومن المقرر أن يلتقي وزير الخارجية الأردني سامر الحديدي نظيره التونسي كمال الغربي في العقبة.',
  refine(a) {
    const { index } = a;
    const standsFor = (p: Entity, side: Entity): boolean => p.kind === 'person' && side.kind !== 'person' && ((side.country !== null && p.country === side.country && side.kind === 'country') || (side.organization !== null && p.organization === side.organization));
    for (const m of a.out) {
      if (!m.sides?.length || m.participants.some((id) => !m.sides!.includes(id))) continue;
      const other = a.out.find((o) => o !== m && coversSides(a, o, m, standsFor));
      if (!other) continue;
      m.participants = other.participants.filter((id) => index.entities[id].kind === 'person');
      m.sides = [];
      m.location ??= other.location;
      m.planned = m.planned && other.planned;
      other.participants = [];
      mark(m.rules, this.id);
    }
    a.out = a.out.filter((m) => m.participants.length > 0);
  },
};

/** Meeting `o` names a person for every listed side of `m`, and names no other place. */
function coversSides(a: ArticleState, o: MeetingFound, m: MeetingFound, standsFor: (p: Entity, side: Entity) => boolean): boolean {
  const { index, doc } = a;
  const people = o.participants.map((id) => index.entities[id]).filter((e) => e.kind === 'person');
  if (people.length < 2 || !m.sides!.every((id) => people.some((p) => standsFor(p, index.entities[id])))) return false;
  const place = (x: MeetingFound): string | null => (x.location ? doc.norm.slice(x.location.start, x.location.end) : null);
  return !o.location || !m.location || place(o) === place(m) || place(o)!.includes(place(m)!) || place(m)!.includes(place(o)!);
}
