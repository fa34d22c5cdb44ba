import { mark } from '../../rules.js';
import { holderOfTokens } from '../holder.js';
import type { PositionRule } from '../model.js';
import { subjectBefore } from '../subject.js';
import { bareVerb, frontedPhraseEnd } from './shared.js';

/** "إن الوزير كمال الغربي أكد أن…"، "وكانت الوزارة قد أعلنت أن…": the subject came before its verb. */
export const subjectBeforeVerb: PositionRule = {
  id: 'subject-before-verb',
  stage: 'positions',
  summary: 'a verb cue with no subject after it speaks for a subject written before it (إن الوزير X أكد …)',
  example: 'وقال مصدر في الوزارة إن الوزير كمال الغربي أكد أن الميزانية ستقر قبل نهاية العام.',
  cue(st) {
    if (st.holder || !bareVerb(st) || frontedPhraseEnd(st) >= 0) return 'next';
    const before = subjectBefore(st.doc, st.sStart, st.cueStart);
    if (!before.length) return 'next';
    const h = holderOfTokens(st.ctx, before, before[0].start, st.cueStart, false);
    if (!h) return 'next';
    st.holder = { ...h, how: 'before' };
    mark(st.trail, this.id);
    return 'next';
  },
};
