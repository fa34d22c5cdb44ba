import type { PositionRule } from '../model.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** An indefinite word in ـه or ـات right before (no article, also after a proclitic: بالضربات معتبرة is a cue). */
const INDEFINITE_FEMININE_BEFORE = new RegExp(`(?:^|\\s)(?![وفبلك]?ال)${LETTER}+(?:ه|ات)\\s+$`, 'u');

/**
 * "إجراءات صحية مشددة"، "إجراءات مشددة": a feminine participle right after an indefinite feminine
 * word or plural in ات agrees with it as an adjective; it reports no one's words.
 */
export const adjectiveParticiple: PositionRule = {
  id: 'adjective-participle',
  stage: 'positions',
  summary: 'a feminine participle after an indefinite feminine word or ات plural (رقابة مشددة، إجراءات مشددة) is an adjective, not a cue',
  example: 'وفرض الوزير كمال الغربي رقابة مشددة على أسعار الخبز في الأسواق الشعبية.',
  cue(st) {
    return st.form.kind === 'participle' && !st.pre && st.w.endsWith('ه') && INDEFINITE_FEMININE_BEFORE.test(st.head) ? 'stop' : 'next';
  },
};
