import { wordAlternation } from '../../lexicon/compile.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/positionWords.js';
import { mark } from '../../rules.js';
import { holderOf, type Holder } from '../holder.js';
import type { CueState, PositionRule } from '../model.js';
import { RELATIVE_REACH } from './shared.js';
import { LETTER_OR_DIGIT } from '../../lexicon/wordChars.js';
import { tokenAt } from '../../segment/tokens.js';

// How far back a participle looks for a relative pronoun in its sentence (keeps each look bounded).
const RELATIVE_WINDOW = 300;
/** "الأخير" as a clause's subject: after لكن، بينما، فيما, or with و/ف on it (normalised). */
const LATTER_CLAUSE = /(?:^|\s)(?:(?:و?لكن|و?بينما|و?فيما)\s+(?:هذا\s+)?(الاخير)|[وف](الاخير))(?=\s)/gu;
/** How far back (characters) the one "the latter" means may be named. */
const LATTER_REACH = 400;
const RELATIVE_WORD = new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${wordAlternation(RELATIVE_PRONOUNS)})(?!${LETTER_OR_DIGIT})`, 'gu');

/**
 * "وتفقد المحافظ X خلال الجولة…، مؤكدا على…": a participle speaks for the person who is the subject
 * of its sentence; after a relative clause ("استقبل الرئيس X الوزير Y، الذي يزور البلاد…، معلنا…")
 * for its antecedent; a spokesman's description ("متحدثة باسم البلدية") speaks for the body.
 */
export const participleSubject: PositionRule = {
  id: 'participle-subject',
  stage: 'positions',
  summary: 'a participle cue speaks for the first person named in its sentence (or a relative clause\'s antecedent)',
  example: 'وتفقد وزير الصحة كمال الغربي مستشفى المدينة أمس، مشددا على ضرورة توفير الأدوية للمرضى.',
  cue(st) {
    const { last } = st.a;
    if (st.holder || st.form.kind !== 'participle') return 'next';
    // a later clause of the sentence whose subject is "the latter" (لكن الأخير …، مكتفيا بالقول)
    const latter = latterHolder(st, last && last.sentence === st.si ? Math.max(st.sStart, last.at) : st.sStart);
    if (!latter && last && last.sentence === st.si) return 'next';
    st.holder = latter ?? subjectOfSentence(st);
    if (st.holder) mark(st.trail, this.id);
    return 'next';
  },
};

/** The person the participle's sentence is about: a relative clause's antecedent, else its first person. */
function subjectOfSentence(st: CueState): Holder | undefined {
  const { entities } = st.a;
  const { sStart, cueStart } = st;
  const rel = lastRelative(st.doc.norm, Math.max(sStart, cueStart - RELATIVE_WINDOW), cueStart);
  const near = rel >= 0 ? entities.lastPersonBefore(rel) : undefined;
  const p = near && near.start >= sStart && rel - near.end <= RELATIVE_REACH ? near : entities.firstPersonIn(sStart, cueStart);
  if (!p) return spokesmanAfterVerb(st);
  const spokes = p.type !== 'name' && p.type !== 'alias' ? holderOf(st.ctx, p.start, cueStart, true) : undefined;
  if (spokes && spokes.how === 'spokesman') return { ...spokes, via: entities.entities[p.entity].name };
  return { name: entities.entities[p.entity].name, via: null, how: 'subject' };
}

/**
 * "ورد المتحدث باسم الخارجية الصينية قائلا …": where the sentence names no person, a spokesman
 * right after its first word (its verb) speaks, for the body he names.
 */
function spokesmanAfterVerb(st: CueState): Holder | undefined {
  const tokens = st.doc.tokens;
  const k = tokenAt(tokens, st.sStart);
  const from = tokens[k + 1];
  if (!from || from.start >= st.cueStart) return undefined;
  const h = holderOf(st.ctx, from.start, st.cueStart, true);
  return h && h.how === 'spokesman' ? h : undefined;
}

/** The one "the latter" means where it opens a clause between `from` and the participle. */
function latterHolder(st: CueState, from: number): Holder | undefined {
  const at = latterSubject(st.doc.norm, Math.max(from, st.cueStart - RELATIVE_WINDOW), st.cueStart);
  if (at < 0) return undefined;
  const { entities } = st.a;
  const m = entities.lastPersonBefore(at);
  return m && at - m.end <= LATTER_REACH ? { name: entities.entities[m.entity].name, via: null, how: 'subject' } : undefined;
}

/**
 * The start of the last "الأخير" (the latter) that opens a clause of the sentence before the
 * participle (لكن الأخير، بينما الأخير، والأخير), or -1: "… طلبت من فلان …، لكن الأخير رفض مكتفيا
 * بالقول …" speaks for the one named last before it, not for the sentence's first person.
 */
function latterSubject(norm: string, from: number, to: number): number {
  let at = -1;
  for (const m of norm.slice(from, to).matchAll(LATTER_CLAUSE)) at = from + m.index + m[0].length - (m[1] ?? m[2]).length;
  return at;
}

/** The start of the last relative pronoun (الذي، التي، الذين) in [from, to), or -1. */
function lastRelative(norm: string, from: number, to: number): number {
  let at = -1;
  for (const m of norm.slice(from, to).matchAll(RELATIVE_WORD)) at = from + m.index;
  return at;
}
