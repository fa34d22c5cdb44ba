import type { PositionRule, CueState } from '../model.js';

/**
 * Where the statement starts: after the particle (أكد أن …), or inside the quotation (قال: «…»);
 * at an object that opens right after the cue (أكد ضرورة …); right after a participle or a dual
 * verb that take their object at once (مستنكرا بشدة الهجوم، وأدانا الهجوم), or after a relative
 * clause's verb. A verbal noun or a verb with neither particle nor object states nothing here.
 */
export const statementStart: PositionRule = {
  id: 'statement-start',
  stage: 'positions',
  summary: 'the statement starts after the particle, inside the quotation, or at the object after a participle or dual verb',
  example: 'وشارك الوزير كمال الغربي في افتتاح المعرض، مستنكرا بشدة الاعتداء على حراس المعرض الليلة الماضية.',
  cue(st) {
    if (st.comp?.kind === 'quote') st.opener = quoteOpener(st.doc.norm, st.comp.start, st.comp.end);
    // bounded-subject placed it after the subject it read
    st.contentStart ??= startOf(st);
    return st.contentStart === undefined ? 'stop' : 'next';
  },
};

/** Where the statement of the cue starts, or undefined when the cue states nothing here. */
function startOf(st: CueState): number | undefined {
  const { comp, form } = st;
  if (comp) return st.objectFirst || comp.contentStart;
  if (form.entry.complements.includes('obj') && form.kind !== 'noun') {
    if (st.objectFirst) return st.objectFirst;
    if (form.kind === 'participle' || st.dual || st.relativeTo) return st.cueEnd;
    // a verb whose subject bounded-subject did not read
    return undefined;
  }
  return form.kind === 'participle' ? st.cueEnd : undefined;
}

/** The opening quotation mark at a quote complement (": «" or "«"), if any. */
function quoteOpener(norm: string, start: number, end: number): string | null {
  const q = /[«“"„]/.exec(norm.slice(start, end));
  return q ? q[0] : null;
}
