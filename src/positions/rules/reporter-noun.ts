import { wordAlternation } from '../../lexicon/compile.js';
import { STATEMENT_VERBS } from '../../lexicon/positionWords.js';
import { mark } from '../../rules.js';
import { holderOf, jointOf, reporterIn, type Holder, type HolderContext } from '../holder.js';
import type { PositionRule, Speaker } from '../model.js';
import { SPEAKER_REACH, zoneSkipped } from './shared.js';
import { LETTER_OR_DIGIT } from '../../lexicon/wordChars.js';

// "…بحسب ما أعلنته الهيئة في بيان لها": a statement named with its issuer, who is the verb's subject.
const STATEMENT_ISSUED = new RegExp(`(?:^|\\s)[وف]?(?:${wordAlternation(STATEMENT_VERBS)})\\s+(?<who>(?:[^\\s.،,]+\\s+){1,5}?)في\\s+بيان\\s+(?:لها|له)(?!${LETTER_OR_DIGIT})`, 'gu');
// How far back (normalised characters) a statement named with its issuer is looked for.
const ISSUER_REACH = 600;

/**
 * "وأكد البيان على…" with no issuer named: the statement is that of the issuer named with it just
 * before ("أعلنته الهيئة في بيان لها"), else of the current speaker, else of the meeting's sides;
 * the reporting noun is kept as `via`.
 */
export const reporterNoun: PositionRule = {
  id: 'reporter-noun',
  stage: 'positions',
  summary: 'a statement noun as subject (وأكد البيان …) speaks for its issuer named before, the current speaker, or the meeting',
  example: 'والتقى الرئيس كمال الغربي الوزير سامر الحديدي في قصر الرئاسة أمس. وأكد البيان أن البلدين سيوقعان اتفاقية للتعاون في مجال الطاقة.',
  cue(st) {
    if (!st.comp || st.holder || zoneSkipped(st) || st.form.kind !== 'verb') return 'next';
    const reporter = reporterIn(st.ctx, st.cueEnd, st.comp.start);
    if (!reporter) return 'next';
    st.holder = reporterHolder(st.ctx, st.cueStart, st.a.last, reporter);
    if (st.holder) mark(st.trail, this.id);
    return 'next';
  },
};

/** The holder of a statement named by `reporter` at `at`: its issuer named before, the current speaker, or the meeting's sides. */
function reporterHolder(ctx: HolderContext, at: number, last: Speaker | undefined, reporter: string): Holder | undefined {
  const issuer = issuerNamedBefore(ctx, at);
  if (issuer && (!last || issuer.at > last.at)) return { ...issuer.holder, via: reporter, how: 'reporter' };
  if (last && at - last.at < SPEAKER_REACH) return { ...last.holder, via: reporter, how: 'reporter' };
  const j = ctx.meetings.length ? jointOf(ctx, at) : undefined;
  return j ? { ...j, via: reporter, how: 'reporter' } : undefined;
}

/** The latest "أعلنته X في بيان لها" before `at`: X (resolved as a subject) and where it was named. */
function issuerNamedBefore(ctx: HolderContext, at: number): { holder: Holder; at: number } | undefined {
  const from = Math.max(0, at - ISSUER_REACH);
  let found: { holder: Holder; at: number } | undefined;
  for (const m of ctx.doc.norm.slice(from, at).matchAll(STATEMENT_ISSUED)) {
    const start = from + m.index + m[0].indexOf(m.groups!.who);
    const h = holderOf(ctx, start, start + m.groups!.who.trimEnd().length, false);
    if (h) found = { holder: { name: h.name, via: null, how: h.how }, at: start };
  }
  return found;
}
