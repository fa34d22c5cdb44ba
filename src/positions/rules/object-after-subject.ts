import { mark } from '../../rules.js';
import { tokensIn, type TokenSource } from '../../segment/tokens.js';
import type { Holder } from '../holder.js';
import type { PositionRule } from '../model.js';
import { isObjectHead, isPlainObject } from '../subject.js';

/**
 * "وأكد مجلس النواب ضرورة الإبقاء على…"، "طالب الوزير X البلديات بتسريع…": an object between the
 * named subject and the particle belongs to the statement, which starts there.
 */
export const objectAfterSubject: PositionRule = {
  id: 'object-after-subject',
  stage: 'positions',
  summary: 'an object between the named subject and the particle (أكد X ضرورة … على) starts the statement',
  example: 'وأكد مجلس النواب ضرورة الإبقاء على الدعم الحكومي للخبز.',
  cue(st) {
    if (!st.comp || !st.holder || !st.form.entry.complements.includes('obj')) return 'next';
    const obj = objectStart(st.doc, st.holder, st.comp.start);
    if (obj) {
      st.contentStart = obj;
      mark(st.trail, this.id);
    }
    return 'next';
  },
};

/**
 * The start of a direct object standing between a subject and its complement particle, or 0: a
 * listed object head (ضرورة، دعم…) after the subject phrase, or any plain word right after a named
 * entity (not an adverbial, a particle, a conjoined ونظيره or a title).
 */
function objectStart(doc: TokenSource, holder: Holder & { end?: number }, compStart: number): number {
  const at = holder.nameEnd ?? holder.end;
  if (at === undefined) return 0;
  const [t] = tokensIn(doc, at, compStart, 1);
  if (!t || !t.word) return 0;
  if (isObjectHead(t.text)) return t.start;
  if (holder.nameEnd === undefined || /^[وف]/.test(t.text) || !isPlainObject(t.text)) return 0;
  return t.start;
}
