import { mark } from '../../rules.js';
import { holderOfTokens } from '../holder.js';
import type { PositionRule } from '../model.js';
import { subjectBefore } from '../subject.js';
import { bareVerb, frontedPhraseEnd } from './shared.js';

/**
 * "ترامب يحذر الأسد من هجوم متهور"، "الوزير فلان يدعو نظيره إلى الحوار": a present verb right
 * after a named subject that opens its sentence (a headline's usual order) speaks for that
 * subject; the one named after the verb is whom it addresses, not its subject. Only where the
 * words before the verb name a person, a state or a body the article knows.
 */
export const subjectThenPresent: PositionRule = {
  id: 'subject-then-present',
  stage: 'positions',
  summary: 'a present verb right after a named subject (ترامب يحذر الأسد من …) speaks for that subject, not for the one after it',
  example: 'الحديدي يدعو الغربي إلى وقف التصعيد\nودعا وزير الخارجية الأردني سامر الحديدي نظيره التونسي كمال الغربي إلى الحوار.',
  cue(st) {
    if (st.holder || !bareVerb(st) || !/^[يت]/u.test(st.w) || frontedPhraseEnd(st) >= 0) return 'next';
    const before = subjectBefore(st.doc, st.sStart, st.cueStart);
    if (!before.length || before[0].start - st.sStart > 1 || !/^\s+$/u.test(st.doc.norm.slice(before[before.length - 1].end, st.cueStart))) return 'next';
    const h = holderOfTokens(st.ctx, before, before[0].start, st.cueStart, false);
    if (!h || h.how !== 'entity') return 'next';
    // (its subject ends, for the rules after, where the verb does: what follows is the verb's object)
    st.holder = { ...h, how: 'before', end: st.cueEnd, nameEnd: st.cueEnd };
    mark(st.trail, this.id);
    return 'next';
  },
};
