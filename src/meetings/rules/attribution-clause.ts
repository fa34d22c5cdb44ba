import { mark } from '../../rules.js';
import type { Span } from '../../types.js';
import type { MeetingRule } from '../model.js';
import { LETTER } from '../../lexicon/wordChars.js';

const ATTRIBUTION = new RegExp(`(?:حسبما|بحسب|وفق|وفقا|نقلا عن|طبقا|كما قال|حسب)(?!${LETTER})`, 'gu');
/** What ends an attribution clause: a comma, or the complementiser that opens the report. */
const CLAUSE_END = new RegExp(`[،,؛]|(?<!${LETTER})(?:ان|بان|انه|بانه)(?!${LETTER})`, 'gu');

/**
 * Those named in an attribution clause report the meeting; they do not attend it: "حسبما صرح
 * المتحدث …"، "نقلا عن مصدر حكومي، أن الوزير … سيلتقي". The clause runs from the attribution word
 * to the comma or the أن that opens what is reported, else to the end of the sentence.
 */
export const attributionClause: MeetingRule = {
  id: 'attribution-clause',
  stage: 'meetings',
  summary: 'people named in an attribution clause (حسبما صرح …، نقلا عن …) are not sides',
  example: 'التقى الرئيس كمال الغربي الوزير سامر الحديدي، حسبما صرح مستشار الرئاسة هاني الزعبي.',
  sentence(st) {
    const clause = attribution(st.doc.norm, st.s.start, st.s.end);
    st.clause = clause;
    const kept = st.candidates.filter((m) => !(m.start >= clause.start && m.start < clause.end));
    if (kept.length < st.candidates.length) mark(st.trail, this.id);
    st.candidates = kept;
    return 'next';
  },
};

/** The attribution clause of the sentence [start, end), or an empty span at its end. */
function attribution(norm: string, start: number, end: number): Span {
  // A slice, not norm from `start`: a sentence without an attribution word would otherwise scan on
  // to the end of the article. The margin lets a match that starts inside the sentence end past it.
  const text = norm.slice(start, end + 16);
  ATTRIBUTION.lastIndex = 0;
  const m = ATTRIBUTION.exec(text);
  if (!m || m.index >= end - start) return { start: end, end };
  CLAUSE_END.lastIndex = m.index + m[0].length;
  const c = CLAUSE_END.exec(text);
  return { start: start + m.index, end: c && c.index < end - start ? start + c.index : end };
}
