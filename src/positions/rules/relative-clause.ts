import { wordAlternation } from '../../lexicon/compile.js';
import { CLAUSE_WORDS, DUAL_RELATIVE_PRONOUNS, NEGATIONS, RELATIVE_PRONOUNS } from '../../lexicon/positionWords.js';
import { WordSet } from '../../lexicon/phrases.js';
import { mark } from '../../rules.js';
import { tokensIn, type TokenSource } from '../../segment/tokens.js';
import type { CueState, PositionRule } from '../model.js';
import { holderOf } from '../holder.js';
import { bareVerb, entityHolder, RELATIVE_REACH } from './shared.js';
import { NUMBER } from '../../lexicon/wordChars.js';

/** A number anywhere in a word. */
const HAS_NUMBER = new RegExp(NUMBER, 'u');

// A relative pronoun (and a negation) ending the text before the cue: "التي أعلن"، "الدول التي لم تعترف".
const RELATIVE = new RegExp(`(?:^|\\s)(?:${wordAlternation([...RELATIVE_PRONOUNS, ...DUAL_RELATIVE_PRONOUNS])})\\s+(?:(?:${wordAlternation(NEGATIONS)})\\s+)?$`, 'u');
const PRONOUN = new RegExp(`^(?:${wordAlternation(RELATIVE_PRONOUNS)})$`);
const CLAUSE = new WordSet(() => CLAUSE_WORDS);
/** A resumptive pronoun right after the cue and a word that is no particle (normalised): "الذي قال فيه الوزير". */
/** How many tokens after the cue its particle may stand in such a clause (past فيه, the subject and a time or place). */
const RESUMPTIVE_REACH = 12;
/** How many words a subject that names no known entity may have there. */
const PHRASE_WORDS = 3;
const RESUMPTIVE = /^(\s+(?:فيه|فيها))\s+(?!(?:ان|انه|انها|انهم|بان|الي|علي|عن|ب|ل|من)(?:\s|$))[^\s"«“:]/u;

/**
 * "نبيل العمراني مؤسس شركة النقل، الذي أكد أن…": a relative clause speaks for its antecedent, when
 * that is a person named just before with only a description between; "القرار الذي يطالب الحكومة
 * بـ…" reports no one, so the cue is passed over. With a resumptive فيه the clause names its own
 * subject: "في الوقت الذي قال فيه الوزير فلان إن…" is the minister's.
 */
export const relativeClause: PositionRule = {
  id: 'relative-clause',
  stage: 'positions',
  summary: 'a verb cue after a relative pronoun speaks for a person named just before it, else it is passed over',
  example: 'والتقى الرئيس كمال الغربي وزير النقل سامر الحديدي، الذي طالب البلديات بتسريع مشاريع الطرق.',
  cue(st) {
    if (!bareVerb(st) || !RELATIVE.test(st.head)) return 'next';
    // "في الوقت الذي قال فيه الوزير فلان إن…": with a resumptive فيه the clause names its own subject
    const resumptive = RESUMPTIVE.exec(st.doc.norm.slice(st.cueEnd, st.cueEnd + 8));
    if (resumptive && ownSubject(st, st.cueEnd + resumptive[0].length - 1)) {
      const h = st.comp && st.comp.distance <= RESUMPTIVE_REACH ? holderOf(st.ctx, st.cueEnd + resumptive[1].length, st.comp.start, false) : undefined;
      // a phrase of many words ran on past the subject into its object (يطلب فيها الطبيب حبس النفس …)
      if (!h || (h.how === 'phrase' && h.name.split(/\s+/u).length > PHRASE_WORDS)) return 'stop';
      st.holder = h;
      mark(st.trail, this.id);
      return 'next';
    }
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

/** The word at `at` after a resumptive فيه opens a subject: not ب + a noun (طالب فيها بإنهاء), unless a name starts there (بوتين). */
function ownSubject(st: CueState, at: number): boolean {
  return st.doc.norm[at] !== 'ب' || st.a.entities.firstMentionIn(at, at + 1) !== undefined;
}
