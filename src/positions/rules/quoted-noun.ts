import type { PositionRule } from '../model.js';
import { bareVerb, isDual } from './shared.js';

/**
 * Right after an opening quotation mark a verb spelling is the quoted noun: «رفض التطبيع» is a
 * slogan, not "he rejected". A dual verb (أكدا) is a verb even there.
 */
export const quotedNoun: PositionRule = {
  id: 'quoted-noun',
  stage: 'positions',
  summary: 'a verb spelling right after an opening quotation mark («رفض …») is the quoted noun, not a cue',
  example: 'ورفع المحتجون أمام مبنى البلدية لافتات كتب عليها «رفض النقابات للضرائب الجديدة واجب وطني».',
  cue(st) {
    return bareVerb(st) && /[«"“]\s*$/.test(st.head) && !isDual(st.w) ? 'stop' : 'next';
  },
};
