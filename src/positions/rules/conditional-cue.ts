import { wordAlternation } from '../../lexicon/compile.js';
import { normalizeForm } from '../../normalize/index.js';
import type { PositionRule } from '../model.js';

/** Particles that open a condition: what follows them is supposed, not said. */
const CONDITIONALS = ['في حال', 'في حالة', 'حال', 'إذا', 'وإذا', 'فإذا', 'لو', 'ولو', 'ما لم', 'إن لم'].map(normalizeForm);
const AFTER_CONDITIONAL = new RegExp(`(?:^|\\s)(?:${wordAlternation(CONDITIONALS)})\\s+$`);

/** "في حال أصرت الولايات المتحدة على …"، "إذا هدد الرئيس بالانسحاب": a cue inside a condition states nothing. */
export const conditionalCue: PositionRule = {
  id: 'conditional-cue',
  stage: 'positions',
  summary: 'a cue right after a conditional particle (في حال أصرت، إذا هدد، لو رفض) states nothing',
  example: 'وسيناقش الوزراء البدائل في حال أصرت الحكومة الأردنية على التخلي عن دورها في المفاوضات.',
  cue(st) {
    return st.pre === '' && AFTER_CONDITIONAL.test(st.head) ? 'stop' : 'next';
  },
};
