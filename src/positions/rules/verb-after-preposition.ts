import { wordAlternation } from '../../lexicon/compile.js';
import { PREPOSITIONS_BEFORE_NOUN } from '../../lexicon/positionWords.js';
import type { PositionRule } from '../model.js';
import { bareVerb } from './shared.js';

// A preposition ending the text before the cue: على، إلى، عن.
const AFTER_PREPOSITION = new RegExp(`(?:^|\\s)(?:${wordAlternation(PREPOSITIONS_BEFORE_NOUN)})\\s+$`);

/** After a preposition the word is a verbal noun, not a verb: "حرص على رفض كل تدخل" (على رفض). */
export const verbAfterPreposition: PositionRule = {
  id: 'verb-after-preposition',
  stage: 'positions',
  summary: 'a verb spelling right after a preposition (على رفض، إلى دعم) is a verbal noun, not a cue',
  example: 'وحرص الوزير كمال الغربي على رفض الوزير طلال الحربي كل تدخل في شؤون القضاء.',
  cue(st) {
    return bareVerb(st) && AFTER_PREPOSITION.test(st.head) ? 'stop' : 'next';
  },
};
