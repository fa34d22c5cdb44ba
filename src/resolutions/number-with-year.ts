import type { Doc } from '../document.js';
import { RESOLUTION_BY_NUMBER } from '../lexicon/resolutions.js';
import { namedBodies } from './article-positions.js';
import type { ResolutionMention, ResolutionParser } from './model.js';
import { isPlausibleYear } from './numbers.js';
import { unscYear } from './unsc-year.js';
import { BMP_LETTER_DIGIT_RANGES } from '../lexicon/wordChars.js';

/** A number with its year in brackets, not inside a longer number or word. */
export const NUMBER_YEAR = new RegExp(`(?<![${BMP_LETTER_DIGIT_RANGES}/.,])(?<number>\\d{3,4}) *\\( *(?<year>\\d{4}) *\\)`, 'gu');
/**
 * What every match of NUMBER_YEAR holds, without its lookbehind: NUMBER_YEAR tries its letter class
 * (a search of some 700 ranges) at every position of the article, and most articles hold no
 * number with a year in brackets at all.
 */
export const NUMBER_YEAR_GATE = /\d{3} *\( *\d{4} *\)/;

/**
 * A resolution number followed by its own year in brackets, without a head word: "وفق 2254 (2015)".
 * A number of the table whose year matches; or, in an article that names the Security Council, a
 * number (not itself a year) whose year in the Council's numbering matches: "2286 (2016)". "300
 * (2015)" alone says nothing.
 */
export function findNumberWithYear(doc: Doc): ResolutionMention[] {
  const out: ResolutionMention[] = [];
  if (!doc.norm.includes('(') || !NUMBER_YEAR_GATE.test(doc.norm)) return out;
  let namesCouncil: boolean | null = null;
  for (const m of doc.norm.matchAll(NUMBER_YEAR)) {
    const g = m.groups ?? {};
    const year = Number(g.year);
    const entry = RESOLUTION_BY_NUMBER.get(g.number);
    if (entry ? entry.year !== year : isPlausibleYear(Number(g.number)) || unscYear(g.number) !== year) continue;
    if (!entry) {
      namesCouncil ??= namedBodies(doc).some((b) => b.body === 'UNSC');
      if (!namesCouncil) continue;
    }
    const start = m.index ?? 0;
    out.push({ number: g.number, stated: null, body: null, year, span: { start, end: start + g.number.length }, rule: 'number-with-year', trail: [], cues: ['year-brackets'] });
  }
  return out;
}

/** A number with its own year in brackets, without a head word (see findNumberWithYear). */
export const numberWithYear: ResolutionParser = {
  id: 'number-with-year',
  stage: 'resolutions',
  summary: 'a number with its own year in brackets and no head word: 2254 (2015); beyond the table only where the Security Council is named',
  example: 'وذكّر مجلس الأمن الأطراف بما ورد في 2287 (2016) من بنود.',
  find: findNumberWithYear,
};
