import type { PositionRule } from '../model.js';
import { bareVerb } from './shared.js';

/**
 * A passive auxiliary (تم، يتم، سيتم، جرى، يجري) ending the text before the cue (normalised, with و
 * or ف), maybe with a short adverbial between (سيتم خلاله، تم فيها، يتم أيضا).
 */
const AFTER_AUXILIARY = /(?:^|\s)[وف]?(?:تم|يتم|سيتم|ستتم|جري|يجري|سيجري)\s+(?:(?:خلاله|خلالها|فيه|فيها|بموجبه|بموجبها|ايضا|كذلك)\s+)?$/u;

/**
 * After تم، يتم، سيتم the word is a verbal noun, not a verb: "وسيتم حثهم على الاتفاق" (their being
 * urged) names no one who urges. Verb spellings only: a verbal noun cue (تم التأكيد على …) keeps
 * its own reading.
 */
export const verbAfterAuxiliary: PositionRule = {
  id: 'verb-after-auxiliary',
  stage: 'positions',
  summary: 'a verb spelling right after a passive auxiliary (سيتم حثهم، تم خلاله حثهم) is a verbal noun, not a cue',
  example: 'وقال الوزير كمال الغربي إن الاجتماع سيضم قادة الأحزاب. وسيتم حثهم على الاتفاق على موعد الانتخابات.',
  cue(st) {
    return bareVerb(st) && AFTER_AUXILIARY.test(st.head) ? 'stop' : 'next';
  },
};
