import { remember } from '../../document.js';
import { sportWords } from '../../lexicon/compiled.js';
import { SPORTS_ARTICLE_WORDS } from '../../lexicon/meetingWords.js';
import type { CueFilter } from './cue-filters.js';
import type { SentenceState } from '../model.js';
import type { Token } from '../../segment/tokens.js';

/**
 * A word of sport as it is, or after one proclitic (و ف ب ل): no regex, and the word without its
 * proclitic is the token's second clitic form (already made by the lexicon pass), not a new string.
 */
function isSportWord(t: Token): boolean {
  const w = t.text;
  const sport = sportWords.words();
  if (sport.has(w)) return true;
  if (w.length <= 3) return false;
  const c = w.charCodeAt(0);
  if (c !== 0x648 && c !== 0x641 && c !== 0x628 && c !== 0x644) return false; // و ف ب ل
  const second = t.forms?.[1];
  const rest = second !== undefined && second.length === w.length - 1 ? second : w.slice(1);
  return sport.has(rest);
}

/**
 * A meeting cue that is a match: in a sentence with words of sport, or anywhere in a sports article
 * (five or more of its words are words of sport), "اللقاء" is a game, "التقى الفريقان" a fixture,
 * "القمة" a derby, "وقع العقد" a transfer: no meeting is reported.
 */
export const skipSportsFixture: CueFilter = {
  id: 'skip-sports-fixture',
  stage: 'meetings',
  summary: 'in a sentence with words of sport, or in a sports article, a meeting cue is a match, not a meeting',
  example: 'وبعد اللقاء مع المدرب طلال الحربي، قال مدرب المنتخب كمال الغربي إن اللاعبين قدموا أداء جيدا.',
  rejects(st) {
    return sportsArticle(st) || sportSentence(st);
  },
};

/**
 * Which words of the article are words of sport (1), each tested once per article. Only the words
 * the lexicon pass noted (doc.noted.sport: a clitic form of theirs is a word of sport) can be.
 */
function sportWordsOf(st: SentenceState): Uint8Array {
  return remember(st.doc, 'meetings/sportWords', () => {
    const tokens = st.doc.tokens;
    const out = new Uint8Array(tokens.length);
    for (const i of st.doc.noted.sport) if (isSportWord(tokens[i]) && !periodicMeeting(tokens, i)) out[i] = 1;
    return out;
  });
}

/** A meeting noun before it (normalised): "اجتماعهم الدوري" is a periodic meeting, not a league. */
const MEETING_BEFORE = /^[وفبل]*(?:ال)?(?:اجتماع|اجتماعات|لقاء|اجتماعه|اجتماعها|اجتماعهم|اجتماعهما|جلسه|جلستها|جلسته|موتمر|منتدي|ملتقي|قمه)$/u;

/** "الدوري" right after a meeting noun: periodic, no word of sport. */
function periodicMeeting(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i].joined && /^(?:ال)?دوري(?:ه)?$/u.test(tokens[i].text) && MEETING_BEFORE.test(tokens[i - 1].text);
}

/** Five or more words of sport in the article. */
function sportsArticle(st: SentenceState): boolean {
  return remember(st.doc, 'meetings/sportsArticle', () => {
    let n = 0;
    for (const x of sportWordsOf(st)) n += x;
    return n >= SPORTS_ARTICLE_WORDS;
  });
}

/** A word of sport in the sentence. */
function sportSentence(st: SentenceState): boolean {
  const sport = sportWordsOf(st);
  for (let i = st.from; i < st.to; i++) if (sport[i] === 1) return true;
  return false;
}
