import { wordAlternation } from '../../lexicon/compile.js';
import { CLAUSE_WORDS, DUAL_RELATIVE_PRONOUNS, NEGATIONS, RELATIVE_PRONOUNS } from '../../lexicon/positionWords.js';
import { WordSet } from '../../lexicon/phrases.js';
import { mark } from '../../rules.js';
import { tokensIn, type TokenSource } from '../../segment/tokens.js';
import type { PositionRule } from '../model.js';
import { bareVerb, entityHolder, RELATIVE_REACH } from './shared.js';
import { NUMBER } from '../../lexicon/wordChars.js';

/** A number anywhere in a word. */
const HAS_NUMBER = new RegExp(NUMBER, 'u');

// A relative pronoun (and a negation) ending the text before the cue: "التي أعلن"، "الدول التي لم تعترف".
const RELATIVE = new RegExp(`(?:^|\\s)(?:${wordAlternation([...RELATIVE_PRONOUNS, ...DUAL_RELATIVE_PRONOUNS])})\\s+(?:(?:${wordAlternation(NEGATIONS)})\\s+)?$`, 'u');
const PRONOUN = new RegExp(`^(?:${wordAlternation(RELATIVE_PRONOUNS)})$`);
const CLAUSE = new WordSet(() => CLAUSE_WORDS);

/**
 * "نبيل العمراني مؤسس شركة النقل، الذي أكد أن…": a relative clause speaks for its antecedent, when
 * that is a person named just before with only a description between; "القرار الذي يطالب الحكومة
 * بـ…" reports no one, so the cue is passed over.
 */
export const relativeClause: PositionRule = {
  id: 'relative-clause',
  stage: 'positions',
  summary: 'a verb cue after a relative pronoun speaks for a person named just before it, else it is passed over',
  example: 'والتقى الرئيس كمال الغربي وزير النقل سامر الحديدي، الذي طالب البلديات بتسريع مشاريع الطرق.',
  cue(st) {
    if (!bareVerb(st) || !RELATIVE.test(st.head)) return 'next';
    const at = st.hit.index;
    const p = st.a.entities.lastPersonBefore(at);
    if (!p || at - p.end > RELATIVE_REACH || !describesOnly(st.doc, p.end, at)) return 'stop';
    st.relativeTo = entityHolder(st, p, 'entity');
    // with no particle, the antecedent holds an object that follows at once, not one after a dual verb
    if (st.comp || (!st.objectFirst && !st.dual)) {
      st.holder = st.relativeTo;
      mark(st.trail, this.id);
    }
    return 'next';
  },
};

/**
 * True when only a description stands between a name and a relative pronoun ("X مؤسس شركة النقل
 * (…)، الذي"): no preposition, particle or number, so the name is the antecedent.
 */
function describesOnly(doc: TokenSource, from: number, to: number): boolean {
  return tokensIn(doc, from, to, 16).every((t) => (t.word ? !CLAUSE.has(t.text) && !HAS_NUMBER.test(t.text) : /[،,()«»"]/.test(t.text)) || PRONOUN.test(t.text));
}
