import type { PositionRule } from '../model.js';
import { bareVerb } from './shared.js';

/** "دون قيود أو رفض للطلبات": after أو a verb spelling is a verbal noun joined to the noun before. */
export const verbalNounAfterOr: PositionRule = {
  id: 'verbal-noun-after-or',
  stage: 'positions',
  summary: 'a verb spelling right after أو (أو رفض …) is a verbal noun, not a cue',
  example: 'وتقدم المزارعون بطلبات الدعم دون تأخير أو رفض أن تصرف لهم التعويضات قبل الموسم.',
  cue(st) {
    if (!bareVerb(st)) return 'next';
    const before = st.doc.norm.slice(Math.max(0, st.cueStart - 12), st.cueStart);
    return /(?:^|\s)او\s+$/.test(before) ? 'stop' : 'next';
  },
};
