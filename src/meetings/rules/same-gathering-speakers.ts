import { mark } from '../../rules.js';
import type { ArticleState, MeetingFound, MeetingRule } from '../model.js';
import { isMeetingNoun } from './shared.js';
import { tokenAt } from '../../segment/tokens.js';

/** Rules whose meetings are gatherings of many. */
const GATHERINGS = new Set(['speaks-at-a-gathering', 'chaired-gathering', 'summit-attendees']);
/** Kinds of meeting a later "الاجتماع" may be: not a call, a visit or a press conference. */
const GATHERED: ReadonlySet<string> = new Set(['meeting', 'summit', 'talks', 'reception']);

/**
 * "وأكد الوزير فلان خلال اجتماع وزراء الخارجية …" and then "وقال الوزير علان في كلمته أمام
 * الاجتماع …": a speaker at the gathering named with the article (الاجتماع، القمة، بالاجتماع) speaks
 * at the gathering reported just before (one spoken at or chaired, a summit's attendees, or a
 * meeting, summit, talks or reception of three or more) and joins it, one meeting for all its
 * speakers. Only where no other meeting word stands between the two (a
 * meeting, call, visit or summit; a weak cue such as بحث is the gathering's business), and neither is
 * only planned.
 */
export const sameGatheringSpeakers: MeetingRule = {
  id: 'same-gathering-speakers',
  stage: 'meetings',
  summary: 'a later speaker at "the meeting" (قال الوزير فلان أمام الاجتماع) joins the gathering reported just before',
  example: 'وأكد وزير الخارجية الأردني سامر الحديدي خلال اجتماع وزراء الخارجية العرب في القاهرة أن الحل سياسي. وقال وزير الخارجية التونسي كمال الغربي في كلمته أمام الاجتماع إن الحوار ضروري.',
  refine(a) {
    const out: MeetingFound[] = [];
    for (const m of a.out) {
      const prev = out.at(-1);
      if (prev && joinsEarlier(a, prev, m)) {
        for (const p of m.participants) if (!prev.participants.includes(p)) prev.participants.push(p);
        prev.location ??= m.location;
        if (!prev.date) {
          prev.date = m.date;
          prev.isoDate = m.isoDate;
        }
        mark(prev.rules, this.id);
        // the trail of the joined meeting too (speaker-in-turn may have added to it)
        for (const r of m.rules) mark(prev.rules, r);
        continue;
      }
      out.push(m);
    }
    a.out = out;
  },
};

/** `m` is a speaker at "the" gathering, and `prev`, just before with no meeting word between, is it. */
function joinsEarlier(a: ArticleState, prev: MeetingFound, m: MeetingFound): boolean {
  if (m.rules[0] !== 'speaks-at-a-gathering' || m.planned || prev.planned || !GATHERED.has(prev.kind)) return false;
  // a gathering: one spoken at or chaired, a summit's attendees, or a meeting of three or more (not a talk of two)
  if (!GATHERINGS.has(prev.rules[0]) && prev.participants.length < 3) return false;
  const cue = a.doc.norm.slice(m.cue.start, m.cue.end);
  if (!isMeetingNoun(cue)) return false;
  // no other meeting word between the two sentences
  const tokens = a.doc.tokens;
  for (let i = tokenAt(tokens, prev.span.end); i < tokens.length && tokens[i].start < m.span.start; i++) {
    const c = a.doc.lex.meetingCues.match(i);
    if (c && (!c.value.weak || c.value.kind === 'summit') && !isMeetingNoun(a.doc.norm.slice(c.start, c.end))) return false;
  }
  return true;
}
