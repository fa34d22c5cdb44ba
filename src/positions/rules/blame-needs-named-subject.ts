import type { PositionRule } from '../model.js';

/** مسؤولية opening the statement (normalised): the one named before it was the one blamed. */
const BLAME_FIRST = /^(?:ال)?مسووليه(?:\s|$)|^مسووليت(?:ه|ها|هم|هما)(?:\s|$)/u;

/**
 * "وحمّلت الحكومة الأردنية المتمردين مسؤولية الهجوم": the one who lays blame and the one blamed
 * stand side by side before مسؤولية, so only a subject the article names as a person, body or
 * state (where its name ends) is read; a phrase there ("حمّل كثيرون إدارة المستشفى المسؤولية")
 * could run into the one blamed, and gives no position. Nor does one where مسؤولية follows the
 * name at once: that name was the one blamed ("بين من يحمّل بريطانيا مسؤولية الحدث").
 */
export const blameNeedsNamedSubject: PositionRule = {
  id: 'blame-needs-named-subject',
  stage: 'positions',
  summary: 'blame laid (حمّل فلان X مسؤولية) is a position only where its subject is a named person, body or state',
  example: 'وحمّل كثيرون من السكان إدارة المستشفى المسؤولية عما حدث.',
  statement(st) {
    if (st.form.entry.id !== 'hammala') return 'next';
    return st.holder.how === 'phrase' || BLAME_FIRST.test(st.doc.norm.slice(st.stmt.start, st.stmt.start + 16)) ? 'stop' : 'next';
  },
};
