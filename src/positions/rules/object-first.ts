import { cueOf } from '../../lexicon/cueForms.js';
import { mark } from '../../rules.js';
import { tokensIn, type TokenSource } from '../../segment/tokens.js';
import type { PositionRule } from '../model.js';
import { isObjectHead } from '../subject.js';

/**
 * "أكد حرص بلاده على…": the word right after the cue opens an object (ضرورة، حرص، التزامه…), so the
 * cue has no subject there and the object is part of what was said; "جدد التشديد على…": a definite
 * verbal noun cue after it is what was renewed.
 */
export const objectFirst: PositionRule = {
  id: 'object-first',
  stage: 'positions',
  summary: 'an object right after the cue (أكد ضرورة …، جدد التشديد على …) starts the statement; no subject stands there',
  example: 'وقال وزير المياه كمال الغربي إن الصيف سيكون حارا. وأكد ضرورة إصلاح شبكة المياه قبل حلول الصيف.',
  cue(st) {
    st.objectFirst = startsWithObject(st.doc, st.cueEnd, st.limit);
    if (st.objectFirst) mark(st.trail, this.id);
    return 'next';
  },
};

/** The start of the first word after `at` when it opens an object or is a definite verbal noun cue, else 0. */
function startsWithObject(doc: TokenSource, at: number, limit: number): number {
  const t = tokensIn(doc, at, limit, 1)[0];
  return t && t.word && (isObjectHead(t.text) || (t.text.startsWith('ال') && cueOf(t.text)?.kind === 'noun')) ? t.start : 0;
}
