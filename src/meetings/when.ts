import type { Span } from '../types.js';
import { LETTER_OR_DIGIT } from '../lexicon/wordChars.js';

/** Week days as written (normalised: ة→ه, أ/إ→ا). */
const DAYS = 'الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت';
/** Month names: Levantine, Egyptian/Gulf, and Maghrebi forms (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت، دجنبر). */
const MONTHS: readonly string[] = [
  'يناير|كانون الثاني|جانفي',
  'فبراير|شباط|فيفري',
  'مارس|اذار',
  'ابريل|نيسان|افريل',
  'مايو|ايار|ماي',
  'يونيو|حزيران|جوان|يونيه',
  'يوليو|تموز|جويليه|يوليه',
  'اغسطس|اب|اوت|غشت',
  'سبتمبر|ايلول|شتنبر',
  'اكتوبر|تشرين الاول',
  'نوفمبر|تشرين الثاني|نونبر',
  'ديسمبر|كانون الاول|دجنبر',
];
const MONTH = MONTHS.join('|');
const PART = '(?:(?:صباح|مساء|ظهر|صبيحه|فجر|ليله|عصر)\\s+)';
const REL = '(?:اول\\s+من\\s+امس|امس\\s+الاول|اليوم|امس|غدا|الليله)';
const DAY = `(?:(?:يوم\\s+|يومي\\s+)?(?:${DAYS})(?:\\s+(?:الماضي|المقبل|القادم))?)`;
const DMY = `(?:\\d{1,2}(?:\\s*[-و]\\s*\\d{1,2})?\\s+(?:${MONTH})(?:\\s+\\d{4})?|\\d{1,2}\\s+الجاري)`;

/**
 * A date expression as written: "صباح اليوم الجمعة", "أمس", "الثلاثاء الماضي", "اليوم (الثلاثاء)",
 * "10 أغسطس 2015", "يومي 5 و6 ديسمبر". Matched on normalised text, whole words only.
 */
export const DATE_RE = new RegExp(
  `(?<!${LETTER_OR_DIGIT})(?:${PART}?(?:${REL}(?:\\s+\\(?${DAY}\\)?)?(?:\\s+${DMY})?|${DAY}(?:\\s+${DMY})?)|${DMY})(?!${LETTER_OR_DIGIT})`,
  'gu',
);

/**
 * What every date expression holds: a digit (DMY), a word of REL or a week day. A search for these
 * (literals, no lookbehind) passes over most sentences far faster than DATE_RE, which tests for a
 * letter before every position.
 */
const DATE_WORD = new RegExp(`[0-9]|${REL}|${DAYS}`);

/** Find the first date expression within a span of the normalised text. */
export function findDate(norm: string, span: Span): { span: Span; iso: string | null } | null {
  // search the span alone: a search that ran on to the end of the text would make the stage quadratic
  const text = norm.slice(span.start, span.end);
  if (!DATE_WORD.test(text)) return null;
  DATE_RE.lastIndex = 0;
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const start = span.start + m.index;
  return { span: { start, end: start + m[0].length }, iso: isoOf(m[0]) };
}

// Built once: isoOf runs for every date found.
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})\\s+(${MONTH})\\s+(\\d{4})`, 'u');
/** Month number (1–12) of every month name form. */
const MONTH_NUMBER = new Map(MONTHS.flatMap((alts, i) => alts.split('|').map((name) => [name, i + 1] as const)));

/** An ISO date for "10 أغسطس 2015"-like expressions that give day, month and year. */
export function isoOf(expr: string): string | null {
  const m = DAY_MONTH_YEAR.exec(expr);
  if (!m) return null;
  const month = MONTH_NUMBER.get(m[2]) ?? 0;
  const day = Number(m[1]);
  if (month < 1 || day < 1 || day > 31) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
