import type { Meeting, Position, Summary } from '../types.js';
import { sentenceAround } from './context.js';

/**
 * Which reported meeting a position was stated at, worked out from offsets after extraction
 * (the extractors do not say). A position is tied to a meeting when:
 *  1. its evidence lies inside the meeting's span, or its sentence is the meeting's sentence;
 *  2. or its holder (or the one who relayed it) took part in a meeting told before it, and the
 *     position is in that meeting's paragraph or the next one, or its sentence names the
 *     encounter ("خلال اللقاء"، "في ختام المباحثات"، "على هامش القمة"). The latest such
 *     meeting wins.
 * Anything else (a statement from another day, a holder who was not there) is tied to none.
 */

// Nouns an article uses to refer back to the encounter it reported, as a word of the sentence
// (with or without the article ال and a pronoun suffix: لقائه، مباحثاتهما).
const MEETING_NOUNS: readonly string[] = ['لقاء', 'اجتماع', 'مباحثات', 'محادثات', 'اتصال', 'مكالمة', 'زيارة', 'قمة', 'مؤتمر', 'جلسة', 'استقبال', 'مشاورات'];
// Words that place a statement at or right after the encounter.
const AT_WORDS: readonly string[] = ['خلال', 'في', 'اثناء', 'عقب', 'بعد', 'ختام', 'هامش', 'مستهل', 'بداية', 'نهاية', 'اعقاب'];

// A noun before a pronoun suffix: ة becomes ت (زيارته), final ء sits on a yeh (لقائه).
const stem = (nouns: readonly string[]): string => nouns.map((n) => n.replace(/ة$/, '[ةت]').replace(/اء$/, 'ا[ءئ]')).join('|');
const REFERS_TO_MEETING = new RegExp(`(?:^|\\s)(?:و|ف)?(?:${AT_WORDS.join('|')})\\s+(?:ال)?(?:${stem(MEETING_NOUNS)})`, 'u');

/** A copy for matching only: no harakat or tatweel, one alef. */
function plain(text: string): string {
  return text.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا');
}

/** Does the sentence refer to a reported encounter ("خلال اللقاء", "على هامش القمة")? */
export function refersToMeeting(sentence: string): boolean {
  return REFERS_TO_MEETING.test(plain(sentence));
}

/** Paragraph number of each offset: paragraphs are separated by line breaks. */
function paragraphIndex(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    // A run of line breaks (a blank line) is one paragraph break.
    if (i === 0 || text[i - 1] !== '\n') breaks.push(i);
  }
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function took(meeting: Meeting, position: Position): boolean {
  return (position.holder !== null && meeting.participants.includes(position.holder)) || (position.via !== null && meeting.participants.includes(position.via));
}

/**
 * For each position of the summary (same order), the index in `summary.meetings` of the meeting
 * it was stated at, or null. Without the article text only rule 1's span test applies.
 */
export function meetingsOfPositions(summary: Summary, text?: string): (number | null)[] {
  const meetings = summary.meetings;
  const paragraph = text !== undefined ? paragraphIndex(text) : null;
  return summary.positions.map((p) => {
    let inside: number | null = null;
    const sentence = text !== undefined ? sentenceAround(text, p) : null;
    meetings.forEach((m, i) => {
      const within = p.start >= m.start && p.start < m.end;
      const sameSentence = sentence !== null && sentence.start < m.end && m.start < sentence.end && took(m, p);
      if ((within || sameSentence) && (inside === null || m.start > meetings[inside].start)) inside = i;
    });
    if (inside !== null || text === undefined || paragraph === null || sentence === null) return inside;
    let latest: number | null = null;
    meetings.forEach((m, i) => {
      if (m.start <= p.start && took(m, p) && (latest === null || m.start > meetings[latest].start)) latest = i;
    });
    if (latest === null) return null;
    const m = meetings[latest];
    const gap = paragraph(p.start) - paragraph(Math.max(m.start, m.end - 1));
    if (gap >= 0 && gap <= 1) return latest;
    return refersToMeeting(text.slice(sentence.start, sentence.end)) ? latest : null;
  });
}
