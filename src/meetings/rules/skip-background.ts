import type { MeetingRule, SentenceState } from '../model.js';

/** The pluperfect's auxiliary, with its conjunction: كان، كانت، وكان، فكانت. */
const KANA = /^[وف]?(?:كان|كانت|كانوا)$/u;
/** How many words may stand between كان and قد (the subject: "وكان وزير الخارجية الأردني فلان قد"). */
const SUBJECT_WORDS = 10;

/**
 * "وكان الوزير قد التقى …"، "ويذكر أن فلان كان قد أجرى زيارة …": a meeting told in the pluperfect
 * (كان … قد before the cue, in its clause) is background, not the news being reported; a sentence
 * dated to the report's days keeps it ("وكان الوزير قد اجتمع أمس …" is still the news).
 */
export const skipBackground: MeetingRule = {
  id: 'skip-background',
  stage: 'meetings',
  summary: 'a meeting told in the pluperfect (وكان … قد التقى) is background, unless dated to the report\'s days',
  example: 'وكان وزير الخارجية الأردني سامر الحديدي قد التقى نظيره التونسي كمال الغربي في روما.',
  sentence(st) {
    return !st.recent && pluperfect(st) ? 'stop' : 'next';
  },
};

/** قد stands right before the cue (one word may come between) and كان before it in the clause, with no punctuation between. */
function pluperfect(st: SentenceState): boolean {
  const tokens = st.doc.tokens;
  let qad = -1;
  for (let i = st.at0 - 1; i >= Math.max(st.from, st.at0 - 2); i--) {
    if (tokens[i].text === 'قد' || tokens[i].text === 'وقد') {
      qad = i;
      break;
    }
    if (!tokens[i + 1].joined) return false;
  }
  if (qad < 0 || !tokens[qad + 1].joined) return false;
  for (let i = qad - 1; i >= Math.max(st.from, qad - 1 - SUBJECT_WORDS); i--) {
    if (KANA.test(tokens[i].text)) return true;
    if (!tokens[i + 1].joined && !/^[\s،,]*$/u.test(st.doc.norm.slice(tokens[i].end, tokens[i + 1].start))) return false;
  }
  return false;
}
