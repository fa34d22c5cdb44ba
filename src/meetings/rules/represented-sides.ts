import type { Entity } from '../../entities/model.js';
import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';
import { ONE_SIDED } from './shared.js';

/**
 * A country or body is a side of its own only where no named person stands for it: a delegation
 * with a named member is that member (وفد مصري برئاسة الوزير … → the minister). A meeting left with
 * one side says nothing of who met whom (except a council's own session and an envoy's talks), and
 * one of listed countries that all have their person in another meeting is that meeting.
 */

export const representedSides: MeetingRule = {
  id: 'represented-sides',
  stage: 'meetings',
  summary: 'a country or body that a named person of the article stands for is no side of its own',
  example: 'التقى الوزير سامر الحديدي وفدا من حركة فتح. وفي وقت لاحق التقى الحديدي القيادي في حركة فتح طلال الحربي.',
  refine(a) {
    const { index } = a;
    const countries = new Set<string>();
    const orgs = new Set<string>();
    for (const m of a.out)
      for (const id of m.participants) {
        const e = index.entities[id];
        if (e.kind !== 'person') continue;
        if (e.country) countries.add(e.country);
        if (e.organization) orgs.add(e.organization);
      }
    const represented = (e: Entity): boolean => e.kind !== 'person' && ((e.country !== null && countries.has(e.country)) || (e.organization !== null && orgs.has(e.organization)));
    for (const m of a.out) {
      // "بحث البلدان … الجبير ولافروف": listed countries that each have their own person among this
      // meeting's sides are those persons (a list with one state unrepresented stays whole)
      const here = new Set(m.participants.map((id) => index.entities[id]).filter((e) => e.kind === 'person' && e.country).map((e) => e.country));
      const listed = (m.sides ?? []).map((id) => index.entities[id]);
      const allHere = listed.length > 0 && listed.every((e) => e.kind === 'country' && here.has(e.country));
      const kept = m.participants.filter((id) => {
        const e = index.entities[id];
        if (allHere && m.sides!.includes(id)) return false;
        if (e.kind === 'person' || e.roleKind === 'delegation' || m.sides?.includes(id)) return true;
        if (e.kind === 'country') return !(e.country && countries.has(e.country));
        return !((e.organization && orgs.has(e.organization)) || (e.kind === 'organization' && e.organization === null && e.country && countries.has(e.country)));
      });
      if (kept.length < m.participants.length) mark(m.rules, this.id);
      m.participants = kept;
    }
    a.out = a.out.filter(
      (m) => (m.participants.length > 1 || (ONE_SIDED.has(m.rules[0]) && m.participants.length === 1)) && !(m.sides?.length && m.participants.every((id) => represented(index.entities[id]))),
    );
  },
};
