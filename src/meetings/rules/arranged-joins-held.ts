import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';

/**
 * Meetings only arranged are not the news where the article reports one held ("ومن المقرر أن يصل
 * إلى أنقرة وفد …"), unless they are that one told ahead: an arranged meeting sharing a person with
 * a held one, at no other place, adds its people and place to it. An article that reports only
 * arranged meetings is about them where its headline or lead tells one; otherwise none is its news.
 * (With thousands of meetings, a pathological input, they are dropped unpaired: pairing grows with
 * their square.)
 */
export const arrangedJoinsHeld: MeetingRule = {
  id: 'arranged-joins-held',
  stage: 'meetings',
  summary: 'where a meeting was held, meetings only arranged are dropped, or joined to it when they share a person',
  example: 'التقى الوزير سامر الحديدي نظيره كمال الغربي في تونس اليوم. ومن المقرر أن يلتقي الوزير سامر الحديدي الرئيس طارق العمري في سوسة.',
  refine(a) {
    const held = a.out.filter((m) => !m.planned);
    if (!held.length) {
      // only arranged: the article is about them where its headline or lead tells one; an arranged
      // meeting told further down an article about something else is not its news
      const lead = a.doc.sentences[Math.min(1, a.doc.sentences.length - 1)]?.end ?? 0;
      const kept = a.out.filter((m) => m.span.start < lead);
      if (kept.length < a.out.length) a.out = kept;
      return;
    }
    if (a.out.length <= 1000) {
      const { doc, index } = a;
      const place = (m: (typeof held)[number]): string | null => (m.location ? doc.norm.slice(m.location.start, m.location.end) : null);
      for (const p of a.out) {
        if (!p.planned) continue;
        const people = p.participants.filter((id) => index.entities[id].kind === 'person');
        const same = held.find((m) => m.participants.some((id) => people.includes(id)) && (!m.location || !p.location || place(m) === place(p)));
        if (!same) continue;
        for (const id of people) if (!same.participants.includes(id)) same.participants.push(id);
        same.location ??= p.location;
        mark(same.rules, this.id);
      }
    }
    a.out = held;
  },
};
