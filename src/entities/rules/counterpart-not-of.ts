import { lowerBound } from '../../segment/search.js';
import { COUNTERPARTS } from '../people.js';
import type { EntityRefiner } from '../state.js';

/**
 * Countries each person is not of: one who meets "نظيره التونسي" is not Tunisian himself. The person
 * is the last one named before the counterpart word in its sentence (within 120 characters); a
 * counterpart's own mention, which borrows the subject's title, is no subject.
 */
export const counterpartNotOf: EntityRefiner = {
  id: 'counterpart-not-of',
  stage: 'entities',
  summary: 'one who meets "نظيره التونسي" is not Tunisian himself (no country guess may make him so)',
  example: 'التقى وزير الخارجية سامر الحديدي نظيره التونسي كمال الغربي في عمان.',
  apply(es) {
    const { doc, people, notOf } = es;
    const { tokens, norm } = doc;
    const mentions = people.flatMap((p) => p.mentions.filter((m) => m.rule !== 'counterpart').map((m) => ({ m, p }))).sort((a, b) => a.m.start - b.m.start);
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!COUNTERPARTS.has(tokens[i].text) || !tokens[i + 1].joined) continue;
      const n = doc.lex.countryNisba.match(i + 1, true);
      if (!n || n.pre !== '') continue;
      const at = lowerBound(mentions, tokens[i].start, (x) => x.m.start) - 1;
      const before = mentions[at];
      if (!before || tokens[i].start - before.m.end > 120 || /[.!?؟\n]/u.test(norm.slice(before.m.end, tokens[i].start))) continue;
      let set = notOf.get(before.p.id);
      if (!set) notOf.set(before.p.id, (set = new Set()));
      set.add(n.value.iso);
    }
  },
};
