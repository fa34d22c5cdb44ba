import type { Span } from '../types.js';
import type { EntityIndex, Mention } from '../entities/model.js';
import { LETTER } from '../lexicon/wordChars.js';

/** و opening a word. */
const AND_WORD = new RegExp(`(?<!${LETTER})و`, 'u');

/** Between two listed bodies: only spaces, quotes and a comma, then the conjunction و on the next. */
const LIST_GAP = /^[\s«»"“”]*،?[\s«»"“”]*$/u;
/** What may open a list of sides: "كل من", "بين", plural officials "وزراء نقل", or nothing (a headline). */
const LIST_OPENER = new RegExp(`(?:(?<!${LETTER})كل من|(?<!${LETTER})(?:وزراء|وزيرا|ممثلو|ممثلي|قاده|زعماء|رؤساء|وفود|مسوولو|مسوولي)(?:\\s+${LETTER}+)?)[\\s«»"“”]*$`, 'u');
/**
 * "بين" opens a list of sides only right after the meeting cue: "اجتماع مساء الأحد بين …", also
 * through their envoys: "بين ممثلين عن …"، "بين وفدي …"، "بين ممثلي …".
 */
const BETWEEN = new RegExp(`(?<!${LETTER})بين(?:\\s+(?:ممثلين|مسوولين)\\s+(?:عن|من)|\\s+(?:ممثلي|وفدي|وفود|مسوولي))?[\\s«»"“”]*$`, 'u');

/**
 * Countries and bodies named as the sides of a meeting rather than through a person: a list of
 * two or more joined by و that opens the sentence or follows "كل من", "بين" or plural officials.
 * Examples: "الأردن والعراق يجريان مفاوضات", "أعلن كل من «رابطة المزارعين» و«اتحاد التجار» … في ختام
 * مباحثاتهما", "وزراء نقل الأردن والعراق وسوريا يبحثون", "اجتماع بين اللجنة والجانب الروسي".
 * Returns entity ids in order; an empty list where the sentence has no such list.
 */
export function bodySides(norm: string, sentence: Span, index: EntityIndex, mentions: Mention[], cue: Span): number[] {
  const bodies = mentions.filter((m) => index.entities[m.entity].kind !== 'person');
  for (let a = 0; a < bodies.length; a++) {
    const list = [bodies[a]];
    for (let b = a + 1; b < bodies.length; b++) {
      const prev = list[list.length - 1];
      const gap = norm.slice(prev.end, bodies[b].start);
      // the و is a proclitic of the next body's first word, or stands alone before quotes
      const conj = gap.replace(/و[\s«»"“”]*$/u, '');
      if (conj === gap || !LIST_GAP.test(conj)) break;
      list.push(bodies[b]);
    }
    const ids = [...new Set(list.map((m) => m.entity))];
    if (ids.length < 2) continue;
    const before = norm.slice(sentence.start, list[0].start);
    if (/^[\s«»"“”]*$/u.test(before) || LIST_OPENER.test(before)) return ids;
    const between = BETWEEN.exec(before);
    if (between && cue.end <= list[0].start) {
      // the words between cue and بين: a date or a place, not a new clause ("ولجان فنية شكلت بين")
      const gap = norm.slice(cue.end, Math.max(cue.end, sentence.start + between.index));
      if (gap.length <= 40 && !AND_WORD.test(gap)) return ids;
    }
    a += list.length - 1;
  }
  return [];
}
