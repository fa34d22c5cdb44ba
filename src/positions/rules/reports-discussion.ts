import { wordAlternation } from '../../lexicon/compile.js';
import { DISCUSSION_STEMS, MEETING_SUBJECTS } from '../../lexicon/positionWords.js';
import { WordSet } from '../../lexicon/phrases.js';
import { tokensIn, type TokenSource } from '../../segment/tokens.js';
import type { PositionRule } from '../model.js';

// A verb of discussion (a meeting's agenda, not a stance): بحث، ناقش، تناول، استعرض، تطرق (+ dual, plural, feminine).
const DISCUSSED = new RegExp(`^(?:[وف]?(?:${wordAlternation(DISCUSSION_STEMS)})(?:ا|ت|تا|وا)?)$`, 'u');
const SUBJECTS = new WordSet(() => MEETING_SUBJECTS);

/**
 * "أوضح المتحدث أن الطرفين ناقشا خلال الاتصال الملفات…": a statement that only says what a meeting
 * discussed (a meeting or its sides, then a discussion verb among its first words) is an agenda.
 */
export const reportsDiscussion: PositionRule = {
  id: 'reports-discussion',
  stage: 'positions',
  summary: 'a statement that only says what a meeting discussed (أن الطرفين ناقشا …) is an agenda, not a position',
  example: 'وأوضح المتحدث باسم الرئاسة هاني الزعبي أن الطرفين ناقشا خلال الاتصال العلاقات الثنائية وسبل تطويرها.',
  statement(st) {
    return discussionOnly(st.doc, st.stmt.start, st.stmt.end) ? 'stop' : 'next';
  },
};

/** True when the statement opens with a meeting subject and a discussion verb among its first words. */
function discussionOnly(doc: TokenSource, start: number, end: number): boolean {
  const words = tokensIn(doc, start, end, 8).filter((t) => t.word).map((t) => t.text);
  return SUBJECTS.has(words[0] === 'ان' ? words[1] : words[0]) && words.slice(0, 6).some((w) => DISCUSSED.test(w));
}
