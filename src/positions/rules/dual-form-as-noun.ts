import { wordAlternation } from '../../lexicon/compile.js';
import { DUAL_VERB_OPENERS } from '../../lexicon/positionWords.js';
import type { PositionRule } from '../model.js';
import { bareVerb, isDual } from './shared.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** A letter and spaces at the end: a word right before. */
const AFTER_WORD = new RegExp(`${LETTER}\\s+$`, 'u');

// Words after which a dual verb opens its clause: أن، قد، كما، ثم.
const OPENS_CLAUSE = new RegExp(`(?:^|\\s)(?:${wordAlternation(DUAL_VERB_OPENERS)})\\s+$`, 'u');

/**
 * "تلقى الرئيس طلبا من النواب بتأجيل الجلسة": a dual verb spelling (طلبا) right after a word is an
 * accusative noun; a dual verb opens its clause (after أن، قد، كما، a sentence start) or follows a
 * dual or plural subject (الوزيران، الطرفين).
 */
export const dualFormAsNoun: PositionRule = {
  id: 'dual-form-as-noun',
  stage: 'positions',
  summary: 'a dual verb spelling right after a word (تلقى طلبا بـ…) is an accusative noun, not a cue',
  example: 'وتلقى رئيس البلدية هاني الزعبي طلبا من السكان بإصلاح الطريق قبل الشتاء.',
  cue(st) {
    if (!bareVerb(st) || !isDual(st.w)) return 'next';
    const before = st.doc.norm.slice(Math.max(0, st.cueStart - 12), st.cueStart);
    return AFTER_WORD.test(before) && !OPENS_CLAUSE.test(before) && !/(?:ان|ين)\s+$/u.test(before) ? 'stop' : 'next';
  },
};
