import { enabled } from '../../document.js';
import { givenNames } from '../../lexicon/compiled.js';
import type { MeetingRule, SentenceState } from '../model.js';
import type { PhraseHit } from '../../lexicon/phrases.js';
import type { MeetingCue } from '../../lexicon/meetingCues.js';
import { CUE_FILTERS } from './cue-filters.js';
import { LETTER } from '../../lexicon/wordChars.js';

/** Proclitics a meeting cue may carry (بلقائه، وللقاء). */
const CUE_PROCLITICS = new Set(['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب']);
/** Words that date an event to the days of the report: أمس، اليوم، الليلة، غدا. */
const RECENT = new RegExp(`(?<!${LETTER})(?:امس|اليوم|الليله|غدا|مساء امس|صباح اليوم)(?!${LETTER})`, 'u');
/**
 * Whether a text holds a word RECENT needs (each of its forms holds one): a substring search spares
 * the regex most sentences. One pass of a regex of plain alternatives, not four substring searches
 * (a quarter to a third of the time on the dev sentences).
 */
const RECENT_WORDS = /امس|اليوم|الليله|غدا/;
const mayBeRecent = (text: string): boolean => RECENT_WORDS.test(text);

/**
 * Whether a cue filter (that is switched on) rejects the cue at token i. A loop in a function of its
 * own: a closure over the token in the sentence's loop made a context at every word.
 */
function rejected(st: SentenceState, i: number, c: PhraseHit<MeetingCue>): boolean {
  for (let k = 0; k < CUE_FILTERS.length; k++) {
    const f = CUE_FILTERS[k];
    if (enabled(st.doc, f.id) && f.rejects(st, i, c)) return true;
  }
  return false;
}

/**
 * The sentence's meeting cue: the first strong cue (استقبل، التقى، مباحثات، اتصال هاتفي…), else
 * the first weak one (بحث، بحضور); cues the cue filters reject are passed over. A sentence with
 * none reports no meeting.
 */
export const findMeetingCue: MeetingRule = {
  id: 'find-meeting-cue',
  stage: 'meetings',
  summary: 'a sentence reports a meeting only through a meeting cue: its first strong one, else its first weak one',
  example: 'استقبل الرئيس التونسي كمال الغربي في قصر قرطاج وزير الخارجية الأردني سامر الحديدي.',
  sentence(st) {
    const { doc } = st;
    let weak: SentenceState['hit'];
    for (let i = st.from; i < st.to; i++) {
      const c = doc.lex.meetingCues.match(i);
      if (!c || !CUE_PROCLITICS.has(c.pre)) continue;
      // "فيصل" is a name, not ف + يصل (arrives): a word that is a given name whole is no cue with a proclitic
      if (c.pre !== '' && givenNames.has(doc.tokens[i].text)) continue;
      if (rejected(st, i, c)) continue;
      const hit = { start: c.start, end: c.end, cue: c.value, at: i, after: i + c.len };
      if (!c.value.weak) {
        weak = hit;
        break;
      }
      weak ??= hit;
    }
    if (!weak) return 'stop';
    st.hit = weak;
    // the cue's own token (its proclitics included) and the token after it
    st.at0 = weak.at;
    st.after0 = weak.after;
    st.recent = mayBeRecent(st.text) && RECENT.test(st.text);
    return 'next';
  },
};
