import { wordAlternation } from '../../lexicon/compile.js';
import { BUT_PRONOUNS } from '../../lexicon/positionWords.js';
import { mark } from '../../rules.js';
import type { Holder, HolderContext } from '../holder.js';
import type { PositionRule } from '../model.js';

// "لكنه "، "إلا أنها " ending the text before the cue.
const BUT_HE = new RegExp(`(?:^|\\s)(?:${wordAlternation(BUT_PRONOUNS)})\\s+$`, 'u');

/** "وصوت المجلس البلدي لصالح الميزانية، لكنه طالب بـ…": the pronoun stands for the sentence's first subject. */
export const butHeSubject: PositionRule = {
  id: 'but-he-subject',
  stage: 'positions',
  summary: 'a verb cue after لكنه / إلا أنها speaks for the first person or body named in its sentence',
  example: 'والتقى الوزير كمال الغربي النائب رائد الكبيسي، لكنه أعلن أن الاجتماع لم يحسم الخلاف حول الميزانية.',
  cue(st) {
    if (st.holder || st.form.kind !== 'verb' || !BUT_HE.test(st.head)) return 'next';
    st.holder = firstSubjectIn(st.ctx, st.sStart, st.cueStart);
    if (st.holder) mark(st.trail, this.id);
    return 'next';
  },
};

/** The first person or organisation named in a sentence before `to` (not a country's adjective). */
function firstSubjectIn(ctx: HolderContext, from: number, to: number): Holder | undefined {
  const ms = ctx.entities.mentions;
  for (let i = ctx.entities.mentionFrom(from); i < ms.length && ms[i].start < to; i++) {
    const e = ctx.entities.entities[ms[i].entity];
    if (e.kind !== 'country' && ms[i].type !== 'nisba') return { name: e.name, via: null, how: 'subject' };
  }
  return undefined;
}
