import { cueOfWord } from '../../lexicon/cueForms.js';
import { mark } from '../../rules.js';
import type { MeetingRule, SentenceState } from '../model.js';
import { isMeetingNoun, PRONOUN_CUES, stripClitic } from './shared.js';

/** Complementisers that open what is reported: أن، إن، بأن (normalised, bare). */
export const COMPLEMENTISERS: ReadonlySet<string> = new Set(['ان', 'بان']);
/** The same with a pronoun: the speaker is the subject of what he reports (إنه التقى …). */
export const SELF_COMPLEMENTISERS: ReadonlySet<string> = new Set(['انه', 'انها', 'اننا', 'انني', 'بانه', 'بانها', 'باننا']);
/** A cue in the first person: زيارتي، لقائي، التقيت، اجتمعنا (the third, لقائه، is a pronoun cue). */
const FIRST_PERSON_CUE = /(?:تي|ئي|اي|تنا|ئنا|يت|نا)$/u;

/**
 * People who report a meeting rather than take part in it: the subject of a reporting verb whose
 * statement (after أن/إن) holds the meeting cue, "قال النائب فلان إن زيارة رئيس الوزراء …". Not
 * where the statement is about the speaker himself (إنه التقى، لقاءه، زيارتي) or about the meeting
 * already told, which he may have attended (إن اللقاء مع …).
 */
export const reportersNotAttendees: MeetingRule = {
  id: 'reporters-not-attendees',
  stage: 'meetings',
  summary: 'the subject of "قال فلان إن لقاء/زيارة …" reports the meeting and is no side',
  example: 'وقال النائب هاني الزعبي إن زيارة الرئيس كمال الغربي إلى عمان ولقاءه الملك تعزز العلاقات.',
  sentence(st) {
    const speakers = reportingSpeakers(st);
    if (!speakers.size) return 'next';
    const kept = st.candidates.filter((m) => !speakers.has(m.entity));
    if (kept.length < st.candidates.length) mark(st.trail, this.id);
    st.candidates = kept;
    return 'next';
  },
};

/** The entities that report the sentence's meeting. */
function reportingSpeakers(st: SentenceState): Set<number> {
  const tokens = st.doc.tokens;
  const out = new Set<number>();
  const at = st.at0;
  let verb = -1;
  for (let i = st.from; i < at && i < st.to; i++) {
    const t = tokens[i].text;
    const form = cueOfWord(t);
    if (form && form.kind === 'verb') verb = i;
    else if (verb >= 0 && (COMPLEMENTISERS.has(t) || SELF_COMPLEMENTISERS.has(t))) {
      if (SELF_COMPLEMENTISERS.has(t) || i - verb > 20) return out;
      // "إن اللقاء مع الغربي تمحور …": the meeting already told, which the speaker may have attended
      const cue = tokens[at].text;
      // (unless its sides are named after it: "أن المحادثات بين روسيا وفرنسا انتهت")
      const sidesNamed = tokens[at + 1]?.joined && tokens[at + 1].text === 'بين';
      if (FIRST_PERSON_CUE.test(cue) || PRONOUN_CUES.has(stripClitic(cue)) || (isMeetingNoun(cue) && !sidesNamed)) return out;
      const lo = tokens[verb].end;
      const hi = tokens[i].start;
      for (const m of st.inSentence) if (m.start >= lo && m.end <= hi && st.index.entities[m.entity].kind === 'person') out.add(m.entity);
      // one who is named again in his own statement is not merely reporting
      for (const m of st.inSentence) if (m.start >= tokens[at].start && out.has(m.entity)) out.delete(m.entity);
      return out;
    }
  }
  return out;
}
