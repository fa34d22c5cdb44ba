import type { PositionRule } from '../model.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** An indefinite word in ـه right before. */
const INDEFINITE_FEMININE_BEFORE = new RegExp(`(?:^|\\s)(?!ال)${LETTER}+ه\\s+$`, 'u');

/**
 * "إجراءات صحية مشددة": a feminine participle right after an indefinite feminine word agrees with it
 * as an adjective; it reports no one's words.
 */
export const adjectiveParticiple: PositionRule = {
  id: 'adjective-participle',
  stage: 'positions',
  summary: 'a feminine participle after an indefinite feminine word (رقابة مشددة) is an adjective, not a cue',
  example: 'وفرض الوزير كمال الغربي رقابة مشددة على أسعار الخبز في الأسواق الشعبية.',
  cue(st) {
    return st.form.kind === 'participle' && !st.pre && st.w.endsWith('ه') && INDEFINITE_FEMININE_BEFORE.test(st.head) ? 'stop' : 'next';
  },
};
