import { normalizeName } from '../../normalize/index.js';
import type { PositionRule } from '../model.js';

/** A pious formula after a name: رضي الله عنه، صلى الله عليه وسلم، عليه السلام (normalised). */
const FORMULA = /(?:^|\s)(?:(?:رضي|صلي|صل)\s+الله|عليه(?:ا|ما)?\s+السلام)(?:\s|$)/u;
/** How far before its cue (normalised characters, in its sentence) the cited figure's formula may stand. */
const REACH = 70;

/**
 * "وعن عمر رضي الله عنه أنه قال…"، "قال النبي صلى الله عليه وسلم…": a revered figure of
 * the past cited in a sermon or an article states no position of the news, and does not take the
 * floor from the speaker who cites him.
 */
export const reveredFigureCited: PositionRule = {
  id: 'revered-figure-cited',
  stage: 'positions',
  summary: 'a figure named with a pious formula (رضي الله عنه، صلى الله عليه وسلم) is cited, not a holder of the news',
  example: 'وقال الخطيب سعود الشريم إن الحلم مطلوب. وعن عمر رضي الله عنه أنه قال: "إن الرفق لا يكون في شيء إلا زانه".',
  statement(st) {
    // the figure is the holder (النبي صلى الله عليه وسلم), or the subject just before the cue
    // (وعن عمر رضي الله عنه أنه قال)
    if (FORMULA.test(normalizeName(st.holder.name))) return 'stop';
    return FORMULA.test(st.doc.norm.slice(Math.max(st.sStart, st.cueStart - REACH), st.cueStart)) ? 'stop' : 'next';
  },
};
