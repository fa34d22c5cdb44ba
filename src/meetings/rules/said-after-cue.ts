import { cueOfWord } from '../../lexicon/cueForms.js';
import { mark } from '../../rules.js';
import type { MeetingRule, SentenceState } from '../model.js';
import { COMPLEMENTISERS, SELF_COMPLEMENTISERS } from './reporters-not-attendees.js';

/** Verbs of saying whose complement is إنّ (قال، أضاف، تابع، أوضح، صرح): the speaker's own clause. */
const SAY: ReadonlySet<string> = new Set(['qala', 'adafa', 'tabaa', 'awdaha', 'sarraha']);
/** Words that take a أن of their own (المقرر أن، يجب أن، بعد أن): not the speaker's. */
const OWN_AN: ReadonlySet<string> = new Set(['المقرر', 'مقرر', 'المنتظر', 'المتوقع', 'يتوقع', 'يجب', 'ينبغي', 'بعد', 'قبل', 'منذ', 'رغم', 'بدل', 'حتي', 'علي', 'الا', 'لولا', 'يمكن', 'بامكان', 'يفترض', 'المفترض']);

/** How many words after the reporting verb its complementiser may stand (past the speaker's description). */
const REACH = 25;

/**
 * "وقال المحامي فلان الذي حضر الجلسة أمس إن الوزير فلان طلب …": where the meeting cue stands
 * between a verb of saying and the إن that opens what is said (in the speaker's own description,
 * no comma or other verb between), the people named after the complementiser are what he says, not sides of that
 * meeting. The mirror of reporters-not-attendees, which keeps the speaker out of a meeting he reports.
 */
export const saidAfterCue: MeetingRule = {
  id: 'said-after-cue',
  stage: 'meetings',
  summary: 'people named in what a speaker says are no sides of the meeting told in his description (قال فلان الذي حضر الجلسة إن …)',
  example: 'وقال المحامي سامر الحديدي الذي حضر الجلسة أمس إن الوزير كمال الغربي طلب تأجيلها.',
  sentence(st) {
    const at = reportedFrom(st);
    if (at < 0) return 'next';
    const kept = st.candidates.filter((m) => m.start < at);
    if (kept.length < st.candidates.length) mark(st.trail, this.id);
    st.candidates = kept;
    return 'next';
  },
};

/** Where what is reported starts: the complementiser after the cue of a reporting verb before it; -1 if none. */
function reportedFrom(st: SentenceState): number {
  const tokens = st.doc.tokens;
  let verb = -1;
  for (let i = st.from; i < st.at0; i++) {
    const t = tokens[i].text;
    const form = cueOfWord(t);
    if (COMPLEMENTISERS.has(t) || SELF_COMPLEMENTISERS.has(t)) verb = -1;
    else if (form?.kind === 'verb') verb = SAY.has(form.entry.id) ? i : -1;
  }
  if (verb < 0) return -1;
  for (let i = st.after0; i < Math.min(st.to, verb + REACH); i++) {
    const t = tokens[i].text;
    if (COMPLEMENTISERS.has(t) || SELF_COMPLEMENTISERS.has(t)) return OWN_AN.has(tokens[i - 1].text) ? -1 : tokens[i].start;
    if (cueOfWord(t)?.kind === 'verb' || /[،,؛]/u.test(st.doc.norm.slice(tokens[i - 1].end, tokens[i].start))) return -1;
  }
  return -1;
}
