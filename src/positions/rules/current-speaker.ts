import type { ArticleState, PositionRule, Speaker } from '../model.js';

/**
 * The holder of a statement becomes the current speaker: the later cues with no subject of their
 * own (وأضاف، مؤكدا، مع التأكيد) continue him (continues-last-speaker, noun-continues-speaker,
 * reporter-noun read it).
 */
export const currentSpeaker: PositionRule = {
  id: 'current-speaker',
  stage: 'positions',
  summary: 'the holder of each statement becomes the current speaker, whom later subjectless cues continue',
  example: 'وأعلن وزير الصحة كمال الغربي أن إدارة المستشفى الجديد ستسند إلى الطبيب رائد الكبيسي. وتابع أن المستشفى سيفتح أبوابه في الربيع.',
  statement(st) {
    // a cue inside the current speaker's own statement, in its first clause, reports what he reports
    // ("قال فلان إن توجيهات الأمير تؤكد …، حاثا الجميع"): he goes on speaking after it; not a spokesman, who
    // goes on with the one he reports ("لفت المتحدث إلى أن الرئيس أكد …، مشددا")
    const last = st.a.last;
    if (last && last.sentence === st.si && st.cueStart > last.span.start && st.cueStart < last.span.end && last.holder.name !== st.holder.name && !/[،,]/u.test(st.doc.norm.slice(last.span.start, st.cueStart)) && !reporter(st.a, last)) return 'next';
    st.a.last = { holder: st.holder, at: st.cueStart, sentence: st.si, span: st.stmt };
    return 'next';
  },
};

/** A spokesman's words: "المتحدث"، "الناطق" between his cue and his statement, or among his roles, or a statement that came through someone. */
const SPOKESMAN = /(?:^|\s)[وف]?(?:ال)?(?:متحدث|ناطق)/u;

/** The speaker speaks for others: a spokesman named so at his cue or by his roles, or one a statement came through. */
function reporter(a: ArticleState, last: Speaker): boolean {
  const h = last.holder;
  if (h.via || h.how === 'spokesman') return true;
  if (SPOKESMAN.test(a.doc.norm.slice(last.at, last.span.start))) return true;
  return a.entities.entities.some((e) => e.name === h.name && (e.roleKind === 'spokesman' || e.roles.some((r) => SPOKESMAN.test(r))));
}
