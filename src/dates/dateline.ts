/**
 * The dateline: the date a report gives itself at its top ("بيروت - 5 أيار 2018", a line
 * "الثلاثاء 12 آذار 2019" under the title, "القاهرة في 15/01/2020"). Only a date spelled out in
 * full counts, and only where a dateline stands: on a short line of its own, or at the start of a
 * line after a place name and a dash. A date cited inside the story ("القرار الصادر في 18
 * ديسمبر 2015") is not the article's date.
 */
import { GREGORIAN_MONTHS, HIJRI_MONTHS, norm } from './words.js';
import { findDates } from './resolve.js';
import { isSpaceUnit } from '../lexicon/wordChars.js';

/** Parsers that read a date in full (no reference needed). */
const FULL = new Set(['gregorian-day-month-year', 'hijri-day-month-year', 'numeric-date']);

/** How many non-empty lines from the top are searched (title, date line, first paragraph). */
const TOP_LINES = 4;

/** A place name (up to three words) and a separator before the date: "بيروت -", "القاهرة في", "(". */
const PLACE_BEFORE = /^[\s(]*(?:[\u0600-\u06FFA-Za-z]+\s*){0,3}(?:[-–—:،,(]|\s+في)?\s*(?:\(?\s*(?:[\u0600-\u06FFA-Za-z]+\s+)?)?$/;

/** How many runs of [\u0600-\u06FFA-Za-z] s has (the words a date line may have besides its date), by code unit. */
function wordCount(s: string): number {
  return wordsAtMost(s, s.length);
}

/**
 * wordCount(s), or a number above `most` as soon as the count passes it: the walk stops there (a
 * first paragraph of a few hundred words is only asked whether it has more than a dozen).
 */
function wordsAtMost(s: string, most: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 0x600 && c <= 0x6ff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (letter && !inWord && ++n > most) return n;
    inWord = letter;
  }
  return n;
}

/**
 * The most words a full date can hold (wordCount of a match of FULL's parsers): a range word (و،
 * الي), من and شهر, a month written twice (كانون الثاني/يناير), من and عام before the year and the
 * Hijri mark. A match is a whole word on both sides (dates/resolve.ts), so no word of the line runs
 * into it: a line of more words than this and four has more than four besides any date in it.
 */
let maxDateWords: number | undefined;
function dateWordsAtMost(): number {
  const most = (table: readonly (readonly string[])[]) => Math.max(...table.flat().map((f) => wordCount(norm(f))));
  return (maxDateWords ??= 1 + 1 + 1 + 2 * Math.max(most(GREGORIAN_MONTHS), most(HIJRI_MONTHS)) + 1 + 1 + 1);
}

/** Whether s has a digit (ASCII or Arabic-Indic) before index `to`. */
function digitBefore(s: string, to: number): boolean {
  for (let i = 0; i < s.length && i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return true;
  }
  return false;
}

/** How far into a line (normalised) a date after a place name may start. */
const PLACE_DATE_WITHIN = 60;

/** Whether s[from, to) has a digit, ASCII or Arabic-Indic (normalised to ASCII): every full date has one. By code unit. */
function digitIn(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return true;
  }
  return false;
}

/** Whether s[from, to) is spaces only (what trim() would leave empty). */
function blankIn(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceUnit(s.charCodeAt(i))) return false;
  return true;
}

/** The dateline's day (YYYY-MM-DD), or null when the top of the text gives none. */
export function findDateline(text: string): string | null {
  const top = text.slice(0, 2000);
  let seen = 0;
  // the lines of the top, walked in place (no split, no line cut out but those searched): a line
  // without a digit (the title, most often) is neither cut out, normalised nor searched, and a top
  // with no digit at all (most articles) gives none
  for (let from = 0; from <= top.length; ) {
    let to = top.indexOf('\n', from);
    if (to < 0) to = top.length;
    const start = from;
    from = to + 1;
    const digit = digitIn(top, start, to);
    if (!digit && blankIn(top, start, to)) continue;
    if (++seen > TOP_LINES) break;
    if (!digit) continue;
    const line = norm(top.slice(start, to));
    // a line of many words is a date line for no date in it: only a date after a place name, which
    // starts (with its day's digits) within PLACE_DATE_WITHIN characters, can be the dateline; a
    // line with no digit there is not searched (a first paragraph, most often)
    const most = 4 + dateWordsAtMost();
    if (!digitBefore(line, PLACE_DATE_WITHIN + 1) && wordsAtMost(line, most) > most) continue;
    for (const found of findDates(line, null, FULL)) {
      if (found.resolution !== 'day') continue;
      const before = line.slice(0, found.index);
      const after = line.slice(found.index + found.length);
      // A line that is little more than the date (a weekday, a time, "نشر في") is a date line.
      const dateLine = wordCount(before) + wordCount(after) <= 4;
      if (dateLine || (found.index <= PLACE_DATE_WITHIN && PLACE_BEFORE.test(before))) return found.iso;
    }
  }
  return null;
}
