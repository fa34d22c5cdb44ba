import { mark } from '../../rules.js';
import type { MeetingRule } from '../model.js';

/** Words before a body's name that make it a side of the meeting: وفد من، ممثلي، قيادات. */
const SIDE_BEFORE = /(?:وفد|وفدا|ممثلي|ممثلين عن|قيادات|قياده|قاده|مسوولي|مسوولين|مفاوضون|مفاوضين|مفاوضو|مفاوضي)(?: من| عن)?\s*[وبل]?$/u;

/** The word of a side (الجانب) opening a state's mention (normalised). */
const SIDE_WORD = /^(?:ال)?جانب\s/u;
/** "مع" right before a mention: whom a side met with. */
const WITH_BEFORE = /(?:^|\s)مع\s*$/u;

/**
 * A country or body named in a meeting sentence is a side only where the article says so: listed
 * as the sides, a delegation ("وفد من حركة حماس"، "قيادات الحوثيين"), officials named by their
 * state's nisba alone ("مسؤولين روس", entities rule officials-of), or the body of an official it
 * does not name, met by someone ("التقى … الأمين العام لحزب التجديد"; not "رحب الأمين العام للأمم
 * المتحدة بالمحادثات", who is no side). Persons are left to the other rules.
 */
export const bodyAsSide: MeetingRule = {
  id: 'body-as-side',
  stage: 'meetings',
  summary: 'a body is a side only as listed side, delegation (وفد من …) or the body of an unnamed official met',
  example: 'التقى الوزير سامر الحديدي نظيره كمال الغربي لبحث العلاقات مع منظمة الصحة العالمية.',
  sentence(st) {
    const { index, doc, s, hit } = st;
    const named = (id: number): true => {
      if (!st.namedSides.includes(id)) st.namedSides.push(id);
      return true;
    };
    const kept = st.candidates.filter((m) => {
      const e = index.entities[m.entity];
      if (e.kind === 'person' || st.sides.includes(e.id)) return true;
      if (e.roleKind === 'delegation' || m.rule === 'officials-of') return named(e.id);
      // "التقى فلان مع الجانب الروسي": a state named as the side met with (after مع) is a side,
      // unless a person of that state is met there (a government met with, الحكومة الأفغانية, is
      // as often one two others should talk to)
      if (m.rule === 'side-of' && m.start > hit!.start && SIDE_WORD.test(doc.norm.slice(m.start, m.end)) && WITH_BEFORE.test(doc.norm.slice(Math.max(s.start, m.start - 6), m.start))
        && !st.candidates.some((x) => index.entities[x.entity].kind === 'person' && index.entities[x.entity].country === e.country)) return named(e.id);
      if (e.kind !== 'organization') return false;
      const official = m.rule === 'official-of' && m.start > hit!.start;
      if (official) return true;
      return SIDE_BEFORE.test(doc.norm.slice(Math.max(s.start, m.start - 16), m.start)) && named(e.id);
    });
    if (kept.length < st.candidates.length) mark(st.trail, this.id);
    st.candidates = kept;
    return 'next';
  },
};
