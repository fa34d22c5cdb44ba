import { RESOLUTION_BY_NUMBER } from '../lexicon/resolutions.js';
import type { ResolutionMention } from './model.js';

const NUMBER_YEAR = /(?<![\p{L}\p{N}/.,])(?<number>\d{3,4}) *\( *(?<year>\d{4}) *\)/gu;

/**
 * A well-known number followed by its own year in brackets, without a head word: "وفق 2254 (2015)".
 * Only numbers in the table whose year matches: "300 (2015)" alone says nothing.
 */
export function findNumberWithYear(norm: string): ResolutionMention[] {
  const out: ResolutionMention[] = [];
  for (const m of norm.matchAll(NUMBER_YEAR)) {
    const g = m.groups ?? {};
    const entry = RESOLUTION_BY_NUMBER.get(g.number);
    if (!entry || entry.year !== Number(g.year)) continue;
    const start = m.index ?? 0;
    out.push({ number: g.number, stated: null, body: null, year: entry.year, span: { start, end: start + g.number.length }, rule: 'number-with-year', cues: [] });
  }
  return out;
}
