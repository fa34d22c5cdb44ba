import { NOUN_ADVERBIALS } from '../../lexicon/positionWords.js';
import { WordSet } from '../../lexicon/phrases.js';
import { tokensIn, type TokenSource } from '../../segment/tokens.js';
import type { PositionRule } from '../model.js';

const ADVERBIALS = new WordSet(() => NOUN_ADVERBIALS);

/**
 * "الدعوة إلى…"، "التأكيد على…": a definite verbal noun takes its particle at once; "الدعوة التي
 * وصلت إلى" is no call. An adverbial may still come between: "تم التأكيد خلال الاجتماع على…".
 */
export const nounParticleAtOnce: PositionRule = {
  id: 'noun-particle-at-once',
  stage: 'positions',
  summary: 'a definite verbal noun cue (الدعوة، التأكيد) takes its particle at once, an adverbial aside',
  example: 'وأعلن رئيس النقابة هاني الزعبي موعد الإضراب. وكانت الدعوة التي وصلت إلى العمال قد جاءت متأخرة.',
  cue(st) {
    return st.form.kind === 'noun' && st.w.startsWith('ال') && st.comp && takesNoParticleAtOnce(st.doc, st.cueEnd, st.comp.start) ? 'stop' : 'next';
  },
};

/** True when a word other than an adverbial stands between a definite verbal noun and its particle. */
function takesNoParticleAtOnce(doc: TokenSource, cueEnd: number, particle: number): boolean {
  const first = tokensIn(doc, cueEnd, particle, 2).find((t) => t.word);
  return first !== undefined && !ADVERBIALS.has(first.text);
}
