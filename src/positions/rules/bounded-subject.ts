import { BETWEEN_SUBJECT_AND_OBJECT } from '../../lexicon/positionWords.js';
import { WordSet } from '../../lexicon/phrases.js';
import { mark } from '../../rules.js';
import { tokensIn, type TokenSource } from '../../segment/tokens.js';
import { holderOf } from '../holder.js';
import type { PositionRule } from '../model.js';

const BETWEEN = new WordSet(() => BETWEEN_SUBJECT_AND_OBJECT);

/**
 * "أدانت وزارة الخارجية الهجوم": a verb that takes a direct object and has no particle reads a
 * bounded subject (a name, or a title and name) and the object after it; the statement starts at
 * the object. With no subject there the cue makes no position.
 */
export const boundedSubject: PositionRule = {
  id: 'bounded-subject',
  stage: 'positions',
  summary: 'a direct-object verb with no particle (أدان X الهجوم): X is the holder, the object is the statement',
  example: 'وانتقد النائب رائد الكبيسي الحكومة لتأخر صرف رواتب المعلمين.',
  cue(st) {
    const { form } = st;
    if (st.comp || st.holder || form.kind !== 'verb' || !form.entry.complements.includes('obj')) return 'next';
    if (st.objectFirst || st.dual || st.relativeTo) return 'next';
    const h = holderOf(st.ctx, st.cueEnd, st.limit, true);
    if (!h) return 'stop';
    st.holder = h;
    st.contentStart = objectStart(st.doc, st.cueEnd, h.end, st.limit);
    mark(st.trail, this.id);
    return 'next';
  },
};

/**
 * Where the object of a direct-object cue starts after its subject ends at `at`: past commas and
 * day words ("، الأحد،"), and past the other members of "كل من X و«Y»" (the subject names them all).
 */
function objectStart(doc: TokenSource, cueEnd: number, at: number, limit: number): number {
  const toks = tokensIn(doc, at, limit, 24);
  let i = 0;
  if (/^\s*كل من\s/.test(doc.norm.slice(cueEnd, cueEnd + 12))) {
    // Skip "و«Y»" / "وY" members up to the comma that closes the subject.
    const comma = toks.findIndex((t) => t.text === '،' || t.text === ',');
    if (comma > 0 && toks.slice(0, comma).some((t) => t.word && t.text.startsWith('و'))) i = comma;
  }
  while (i < toks.length && (!toks[i].word ? /[،,]/.test(toks[i].text) : BETWEEN.has(toks[i].text))) i++;
  return i < toks.length ? toks[i].start : at;
}
