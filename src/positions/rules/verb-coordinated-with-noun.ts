import { cueOf } from '../../lexicon/cueForms.js';
import type { PositionRule } from '../model.js';
import { isObjectHead } from '../subject.js';
import { bareVerb } from './shared.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** و and the word it opens, next. */
const AND_NEXT = new RegExp(`^\\s+و(${LETTER}+)`, 'u');

/**
 * "رفض وإدانة واسعان": a verb spelling joined by و to a word that opens an object (إدانة، دعم، ضرورة)
 * is a noun coordinated with it, not a verb; a و-cue after it (وأكد) leaves it a verb.
 */
export const verbCoordinatedWithNoun: PositionRule = {
  id: 'verb-coordinated-with-noun',
  stage: 'positions',
  summary: 'a verb spelling followed by و + a noun that opens an object (رفض وإدانة) is a noun, not a cue',
  example: 'وأثار القرار رفض وإدانة أوساط المزارعين بأن الأسعار سترتفع.',
  cue(st) {
    if (!bareVerb(st)) return 'next';
    const next = AND_NEXT.exec(st.doc.norm.slice(st.cueEnd, st.cueEnd + 30));
    return next && isObjectHead(next[1]) && !cueOf('و' + next[1]) ? 'stop' : 'next';
  },
};
