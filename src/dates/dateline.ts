/**
 * The dateline: the date a report gives itself at its top ("بيروت - 5 أيار 2018", a line
 * "الثلاثاء 12 آذار 2019" under the title, "القاهرة في 15/01/2020"). Only a date spelled out in
 * full counts, and only where a dateline stands: on a short line of its own, or at the start of a
 * line after a place name and a dash. A date cited inside the story ("القرار الصادر في 18
 * ديسمبر 2015") is not the article's date.
 */
import { GREGORIAN_MONTHS, HIJRI_MONTHS, norm } from './words.js';
import { findDates } from './resolve.js';

/** Parsers that read a date in full (no reference needed). */
const FULL = new Set(['gregorian-day-month-year', 'hijri-day-month-year', 'numeric-date']);

/** How many non-empty lines from the top are searched (title, date line, first paragraph). */
const TOP_LINES = 4;

/** A place name (up to three words) and a separator before the date: "بيروت -", "القاهرة في", "(". */
const PLACE_BEFORE = /^[\s(]*(?:[\u0600-\u06FFA-Za-z]+\s*){0,3}(?:[-–—:،,(]|\s+في)?\s*(?:\(?\s*(?:[\u0600-\u06FFA-Za-z]+\s+)?)?$/;

/** How many runs of [\u0600-\u06FFA-Za-z] s has (the words a date line may have besides its date), by code unit. */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 0x600 && c <= 0x6ff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (letter && !inWord) n++;
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

/** A digit, ASCII or Arabic-Indic (normalised to ASCII): every full date has one. */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/** ANY_DIGIT.test(s), by code unit (a loop, not the regex engine's start for one character class). */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return true;
  }
  return false;
}

/** The dateline's day (YYYY-MM-DD), or null when the top of the text gives none. */
export function findDateline(text: string): string | null {
  // A full date has digits (ASCII or Arabic-Indic): most articles are passed over at once.
  const top = text.slice(0, 2000);
  if (!hasDigit(top)) return null;
  let seen = 0;
  for (const raw of top.split('\n')) {
    if (!raw.trim()) continue;
    if (++seen > TOP_LINES) break;
    // nor a line without one (the title, most often): it is not normalised nor searched
    if (!ANY_DIGIT.test(raw)) continue;
    const line = norm(raw);
    // a line of many words is a date line for no date in it: only a date after a place name, which
    // starts (with its day's digits) within PLACE_DATE_WITHIN characters, can be the dateline; a
    // line with no digit there is not searched (a first paragraph, most often)
    if (!digitBefore(line, PLACE_DATE_WITHIN + 1) && wordCount(line) > 4 + dateWordsAtMost()) continue;
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
