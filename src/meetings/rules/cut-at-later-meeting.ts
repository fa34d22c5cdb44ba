import { mark } from '../../rules.js';
import type { MeetingRule, SentenceState } from '../model.js';
import { cueTime, type CueTime } from '../tense.js';
import { LETTER } from '../../lexicon/wordChars.js';

/**
 * A second meeting told later in the sentence as done or arranged ends what the sentence says of
 * this one: "زيارة الوزير … بعد لقاءات الرباط التي جرت … والتي حضرها …": who took part in the
 * earlier talks is no side of this meeting.
 */
export const cutAtLaterMeeting: MeetingRule = {
  id: 'cut-at-later-meeting',
  stage: 'meetings',
  summary: 'a later cue of the sentence telling an earlier or arranged meeting ends this meeting\'s sides',
  example: 'وصل الوزير سامر الحديدي إلى تونس بعد لقاءات جنيف التي جرت وشارك فيها الوزير كمال الغربي.',
  sentence(st) {
    if (st.recent) return 'next';
    const cut = laterMeeting(st);
    const kept = st.candidates.filter((m) => m.start < cut);
    if (kept.length < st.candidates.length) mark(st.trail, this.id);
    st.candidates = kept;
    return 'next';
  },
};

/** The start of the first later cue in the sentence that tells another meeting, done before or arranged (and this one not so); Infinity if none. */
function laterMeeting(st: SentenceState): number {
  const { doc } = st;
  const tokens = doc.tokens;
  for (let i = st.after0; i < st.to; i++) {
    const c = doc.lex.meetingCues.match(i);
    if (!c) continue;
    // (told ahead like this one, it is the same programme: "يلتقي … كما سيلتقي …"، "سيلتقي خلال زيارته …")
    const time = cueTime(tokens, i, i + c.len, st.from);
    if (time !== null && frame(time, tokens[i].text) !== frame(st.time, tokens[st.at0].text)) return tokens[i].start;
    i += c.len - 1;
  }
  return Infinity;
}

/** A present verb, with its conjunction: يلتقي، ويجتمع، تستقبل. */
const PRESENT = new RegExp(`^[وف]?[يتن]${LETTER}{3,}$`, 'u');

/** When a cue stands: before the news (prior), ahead of it (arranged, or a present verb), or told as done. */
function frame(time: CueTime, cue: string): 'prior' | 'ahead' | 'done' {
  return time === 'prior' ? 'prior' : time === 'planned' || PRESENT.test(cue) ? 'ahead' : 'done';
}
