import { mark } from '../../rules.js';
import type { Span } from '../../types.js';
import type { MeetingFound, MeetingRule } from '../model.js';

/**
 * Meetings of the same participants reported in several sentences are one: place kept from the
 * first that has one; the host from the one that names it (the headline's "يلتقي" and the body's
 * "استقبل" are one reception); the fuller form of the same date ("اليوم الثلاثاء" over "اليوم").
 */
export const mergeSameEncounter: MeetingRule = {
  id: 'merge-same-encounter',
  stage: 'meetings',
  summary: 'meetings of the same participants told in several sentences are one encounter',
  example: 'الرئيس كمال الغربي يلتقي الوزير سامر الحديدي. واستقبل الرئيس كمال الغربي في قصر قرطاج اليوم الثلاثاء الوزير سامر الحديدي.',
  refine(a) {
    const norm = a.doc.norm;
    const out: MeetingFound[] = [];
    const text = (x: Span): string => norm.slice(x.start, x.end);
    for (const m of a.out) {
      const key = [...m.participants].sort().join(',');
      const same = out.find((x) => [...x.participants].sort().join(',') === key);
      if (!same) {
        out.push(m);
        continue;
      }
      mark(same.rules, this.id);
      same.location ??= m.location;
      if (same.host === null && m.host !== null) {
        same.host = m.host;
        same.kind = m.kind;
      }
      if (!same.date || (m.date && text(m.date).length > text(same.date).length && text(m.date).includes(text(same.date)))) {
        same.date = m.date;
        same.isoDate = m.isoDate;
      }
    }
    a.out = out;
  },
};
