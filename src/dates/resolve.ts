/**
 * Date expressions and what they mean against a reference day. One parser per kind of
 * expression: a pattern over normalised text and a function from its match (and the reference
 * day, when there is one) to a resolved date, or to nothing. The list order is the order of
 * preference when one expression matches several parsers: what the text spells out (a full date)
 * beats what is inferred from the reference (اليوم، الثلاثاء).
 */
import {
  dayFromHijri,
  dayFromParts,
  hijriOf,
  isoOf,
  lastWeekday,
  monthStart,
  nearestWeekday,
  nextWeekday,
  partsOf,
  weekStart,
} from './calendar.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, QUALIFIERS, RELATIVE_DAYS, WEEKDAYS, alternation, indexOfForms, norm } from './words.js';

import type { DateResolution } from '../types.js';

/** A date expression resolved to a calendar date. */
export interface ResolvedDate {
  /** YYYY-MM-DD: the day; for a week its Monday (ISO 8601 weeks); for a month its first day. */
  iso: string;
  resolution: DateResolution;
  /** The parser that resolved it. */
  rule: string;
}

/** A resolved date found in a text, with its place in the text searched. */
export interface FoundDate extends ResolvedDate {
  index: number;
  length: number;
}

type Kind = 'explicit' | 'relative';

/** One kind of date expression. */
interface DateParser {
  id: string;
  /** An example it reads, for the reader. */
  example: string;
  /** explicit: the text names the date; relative: it needs the reference day. */
  kind: Kind;
  /** The pattern, built on first use: plain articles never need most of them. */
  pattern(): string;
  /** A cheap test of the text first: a parser whose words cannot be there is not run (nor its regex compiled). */
  gate(normalised: string): boolean;
  extract(m: RegExpExecArray, ref: number | null): { day: number; resolution: DateResolution } | null;
}

/** A value computed on first use: the word lists are normalised and compiled only when a text needs them. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const MONTH = lazy(() => alternation(GREGORIAN_MONTHS.flat()));
const HMONTH = lazy(() => alternation(HIJRI_MONTHS.flat()));
const WEEKDAY = lazy(() => alternation(WEEKDAYS.flat()));
const REL = lazy(() => alternation(RELATIVE_DAYS.flatMap((r) => r.forms)));
const CURRENT = lazy(() => alternation(QUALIFIERS.current));
const QUAL = lazy(() => `${alternation(QUALIFIERS.past)}|${alternation(QUALIFIERS.next)}|${CURRENT()}`);

const monthIndex = lazy(() => indexOfForms(GREGORIAN_MONTHS));
const hijriIndex = lazy(() => indexOfForms(HIJRI_MONTHS));
const weekdayIndex = lazy(() => indexOfForms(WEEKDAYS));
const relOffset = lazy(() => new Map(RELATIVE_DAYS.flatMap((r) => r.forms.map((f) => [norm(f), r.offset] as const))));
const pastSet = lazy(() => new Set(QUALIFIERS.past.map(norm)));
const nextSet = lazy(() => new Set(QUALIFIERS.next.map(norm)));

/**
 * Letters and digits of normalised text (Arabic blocks, Latin, ASCII digits: the normaliser has
 * turned Arabic-Indic digits into ASCII). Spelled out rather than \p{L}: a regex without the u
 * flag compiles much faster, and these are compiled on every run of the CLI.
 */
const WORD_CHAR = '[0-9A-Za-z\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF]';

/** Whole words only: no letter or digit may touch a match on either side. */
function words(source: string): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`, 'g');
}

const DIGIT = /[0-9]/;
const hasDigit = (s: string) => DIGIT.test(s);
const QUALIFIER_WORD = lazy(() => new RegExp(QUAL()));

/**
 * The first word of every month form, so a text can be checked for a month name without a regex;
 * and each of them of two letters or more with a conjunction or preposition before it (وتموز،
 * ليونيو), so that a word is looked up once, not again without its first letter (hasWordOf).
 */
const firstWords = (table: readonly (readonly string[])[]) => {
  const words = new Set(table.flat().map((f) => norm(f).split(' ')[0]));
  for (const w of [...words]) if (w.length >= 2) for (const code of PROCLITIC_CODES) words.add(String.fromCharCode(code) + w);
  return words;
};
/** The words day-of-current-month's pattern needs, as plain alternatives: one pass, not a substring search each (some 4x faster on a text holding neither). */
const CURRENT_WORDS = /الجاري|الحالي/;
let monthWords: Set<string> | null = null;
let hijriWords: Set<string> | null = null;
/** و ف ب ل: a conjunction or preposition a month name may carry. */
const PROCLITIC_CODES = [0x648, 0x641, 0x628, 0x644];
/** Does the text hold a word that starts a month name (a conjunction or preposition before it allowed)? */
function hasWordOf(s: string, set: Set<string>): boolean {
  // two parsers gate on each set, and findDates asks them all about one text: the answer per set
  // is kept for the last text asked
  if (s !== answersFor) {
    answersFor = s;
    answers.clear();
  }
  let answer = answers.get(set);
  if (answer === undefined) {
    answer = holdsWordOf(s, set);
    answers.set(set, answer);
  }
  return answer;
}
let answersFor: string | null = null;
const answers = new Map<Set<string>, boolean>();

/** What separates the words hasWordOf looks up: spaces and the marks a date is written with. */
const WORD_SEPARATOR = /[\s/()،,.:-]/;
/** Per code unit: 0 not seen yet, 1 a separator (WORD_SEPARATOR), 2 not. */
const SEPARATOR_UNITS = new Uint8Array(0x10000);

function isSeparator(c: number): boolean {
  let k = SEPARATOR_UNITS[c];
  if (k === 0) k = SEPARATOR_UNITS[c] = WORD_SEPARATOR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * Whether a word of `s` (a run between separators) is in `set`: the words are walked in place, and
 * only one whose first code unit and length some word of the set has is cut out and looked up.
 */
function holdsWordOf(s: string, set: Set<string>): boolean {
  const shapes = shapesOf(set);
  const bits = bitsOf(set);
  let start = 0;
  // FNV-1a of the word so far, taken as the walk goes: a word is cut out and looked up only where
  // its hash's bit is set too (the engine hashes every new string a Set is asked about)
  let h = FNV_START;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length) {
      const c = s.charCodeAt(i);
      if (!isSeparator(c)) {
        h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
    }
    const length = i - start;
    if (length > 0 && (shapes[s.charCodeAt(start) & 255] & (1 << Math.min(length, 31))) !== 0 && (bits[(h >>> 5) & BIT_WORDS_MASK] & (1 << (h & 31))) !== 0 && set.has(s.slice(start, i))) return true;
    start = i + 1;
    h = FNV_START;
  }
  return false;
}

const FNV_START = 0x811c9dc5;
const FNV_PRIME = 16777619;
/** 2^16 bits a set: one bit per word of the set, at its FNV-1a hash (holdsWordOf). */
const BIT_WORDS_MASK = (1 << 11) - 1;
const BITS = new WeakMap<Set<string>, Int32Array>();

/** Per word set: the bit of each of its words' FNV-1a hash (a word whose bit is clear is not in the set). */
function bitsOf(set: Set<string>): Int32Array {
  let bits = BITS.get(set);
  if (bits === undefined) {
    bits = new Int32Array(BIT_WORDS_MASK + 1);
    for (const w of set) {
      let h = FNV_START;
      for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), FNV_PRIME);
      bits[(h >>> 5) & BIT_WORDS_MASK] |= 1 << (h & 31);
    }
    BITS.set(set, bits);
  }
  return bits;
}

/** Per word set: for each first code unit (its low byte), bit n set where some word of the set starting so has n code units (31: 31 or more). */
const SHAPES = new WeakMap<Set<string>, Uint32Array>();

function shapesOf(set: Set<string>): Uint32Array {
  let shapes = SHAPES.get(set);
  if (shapes === undefined) {
    shapes = new Uint32Array(256);
    for (const w of set) shapes[w.charCodeAt(0) & 255] |= 1 << Math.min(w.length, 31);
    SHAPES.set(set, shapes);
  }
  return shapes;
}
const hasMonth = (s: string) => hasDigit(s) && hasWordOf(s, (monthWords ??= firstWords(GREGORIAN_MONTHS)));
const hasHijriMonth = (s: string) => hasDigit(s) && hasWordOf(s, (hijriWords ??= firstWords(HIJRI_MONTHS)));

function qualifierSign(q: string | undefined): -1 | 0 | 1 {
  if (!q) return 0;
  return pastSet().has(q) ? -1 : nextSet().has(q) ? 1 : 0;
}

/** Of the candidate days, the one nearest the reference (a year given without its year). */
function nearest(ref: number, candidates: (number | null)[]): number | null {
  let best: number | null = null;
  for (const c of candidates) if (c !== null && (best === null || Math.abs(c - ref) < Math.abs(best - ref))) best = c;
  return best;
}

const YEAR_WORD = '(?:\\s*(?:من\\s+)?(?:عام|سنه|العام)?\\s*)';
const HIJRI_MARK = '(?:\\s*(?:ه|هجري|هجريه|للهجره))';
/** "5 و6", "22- 24", "19 الي 21": a range of days, read as its first day. */
const DAYS = '(\\d{1,2})(?:\\s*(?:-|–|و|الي|حتي)\\s*\\d{1,2})?';
/** A month written twice, as Levantine papers do: أيار/مايو, أيار (مايو). */
const MONTH_PAIR = () => `(${MONTH()})(?:\\s*[/(]\\s*(?:${MONTH()})\\s*\\)?)?`;

export const PARSERS: readonly DateParser[] = [
  {
    id: 'gregorian-day-month-year',
    gate: hasMonth,
    example: '5 أيار/مايو 2018، يومي 5 و6 ديسمبر',
    kind: 'explicit',
    pattern: () => `${DAYS}\\s*(?:من\\s+)?(?:شهر\\s+)?${MONTH_PAIR()}(?:${YEAR_WORD}(\\d{4}))?`,
    extract(m, ref) {
      const day = Number(m[1]);
      const month = (monthIndex().get(m[2]) ?? -1) + 1;
      if (m[3]) {
        const d = dayFromParts(Number(m[3]), month, day);
        return d === null ? null : { day: d, resolution: 'day' };
      }
      if (ref === null) return null;
      const year = partsOf(ref).year;
      const d = nearest(ref, [year - 1, year, year + 1].map((y) => dayFromParts(y, month, day)));
      return d === null ? null : { day: d, resolution: 'day' };
    },
  },
  {
    id: 'hijri-day-month-year',
    gate: hasHijriMonth,
    example: '12 رمضان 1436 هـ',
    kind: 'explicit',
    pattern: () => `${DAYS}\\s*(?:من\\s+)?(?:شهر\\s+)?(${HMONTH()})(?:${YEAR_WORD}(\\d{3,4}))?${HIJRI_MARK}?`,
    extract(m, ref) {
      const day = Number(m[1]);
      const month = (hijriIndex().get(m[2]) ?? -1) + 1;
      if (m[3]) {
        const d = dayFromHijri(Number(m[3]), month, day);
        return d === null ? null : { day: d, resolution: 'day' };
      }
      if (ref === null) return null;
      const year = hijriOf(ref).year;
      const d = nearest(ref, [year - 1, year, year + 1].map((y) => dayFromHijri(y, month, day)));
      return d === null ? null : { day: d, resolution: 'day' };
    },
  },
  {
    id: 'numeric-date',
    gate: (s) => /[0-9][/.][0-9]/.test(s) || /[0-9]{4}-[0-9]{2}-[0-9]{2}/.test(s),
    example: '15/01/2020، 2020-01-15',
    kind: 'explicit',
    pattern: () => '(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})',
    extract(m) {
      // Arab papers write day/month/year.
      const d = m[4] ? dayFromParts(Number(m[4]), Number(m[5]), Number(m[6])) : dayFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
      return d === null ? null : { day: d, resolution: 'day' };
    },
  },
  {
    id: 'day-of-current-month',
    gate: (s) => hasDigit(s) && CURRENT_WORDS.test(s),
    example: '25 الجاري، 25 من الشهر الحالي',
    kind: 'relative',
    pattern: () => `(\\d{1,2})\\s+(?:من\\s+)?(?:الشهر\\s+)?(?:${CURRENT()})`,
    extract(m, ref) {
      if (ref === null) return null;
      const { year, month } = partsOf(ref);
      const d = dayFromParts(year, month, Number(m[1]));
      return d === null ? null : { day: d, resolution: 'day' };
    },
  },
  {
    id: 'relative-day',
    gate: () => true,
    example: 'أمس، اليوم (الثلاثاء)، مساء أول من أمس، غدا الأربعاء',
    kind: 'relative',
    pattern: () => `(?:(?:صباح|مساء|ظهر|صبيحه|فجر|ليله|عصر|ظهيره)\\s+)?(${REL()})(?:\\s*\\(?\\s*(?:يوم\\s+)?(${WEEKDAY()})\\s*\\)?)?`,
    extract(m, ref) {
      if (ref === null) return null;
      const target = ref + (relOffset().get(m[1]) ?? 0);
      // A weekday named with it settles a reference a day off (an article dated after midnight).
      const day = m[2] !== undefined ? nearestWeekday(target, weekdayIndex().get(m[2]) as number) : target;
      return { day, resolution: 'day' };
    },
  },
  {
    id: 'weekday',
    gate: () => true,
    example: 'الثلاثاء، يوم الخميس، الأحد الماضي، السبت المقبل',
    kind: 'relative',
    pattern: () => `(?:يوم\\s+|يومي\\s+)?(${WEEKDAY()})(?:\\s+(${QUAL()}))?`,
    extract(m, ref) {
      if (ref === null) return null;
      const weekday = weekdayIndex().get(m[1]) as number;
      const sign = qualifierSign(m[2]);
      // Unqualified: the last such day on or before the reference (news reports what happened).
      const day = sign > 0 ? nextWeekday(ref, weekday) : lastWeekday(ref, weekday, sign < 0);
      return { day, resolution: 'day' };
    },
  },
  {
    id: 'gregorian-month-year',
    gate: hasMonth,
    example: 'مايو 2018، شهر أيار/مايو من عام 2018',
    kind: 'explicit',
    // Not the month of a day-month-year date the first parser refused (31 فبراير 2019).
    pattern: () => `(?<!\\d\\s*(?:من\\s+)?(?:شهر\\s+)?)(?:شهر\\s+)?${MONTH_PAIR()}${YEAR_WORD}(\\d{4})`,
    extract(m) {
      const d = dayFromParts(Number(m[2]), (monthIndex().get(m[1]) ?? -1) + 1, 1);
      return d === null ? null : { day: d, resolution: 'month' };
    },
  },
  {
    id: 'hijri-month-year',
    gate: hasHijriMonth,
    example: 'رمضان 1436 هـ (the month from its first day)',
    kind: 'explicit',
    pattern: () => `(?<!\\d\\s*(?:من\\s+)?(?:شهر\\s+)?)(?:شهر\\s+)?(${HMONTH()})${YEAR_WORD}(\\d{3,4})${HIJRI_MARK}?`,
    extract(m) {
      const d = dayFromHijri(Number(m[2]), (hijriIndex().get(m[1]) ?? -1) + 1, 1);
      return d === null ? null : { day: d, resolution: 'month' };
    },
  },
  {
    id: 'relative-week',
    gate: (s) => s.includes('الاسبوع'),
    example: 'الأسبوع الماضي، هذا الأسبوع، الأسبوع المقبل',
    kind: 'relative',
    pattern: () => `(?:مطلع\\s+|منتصف\\s+|نهايه\\s+|اواخر\\s+|اوائل\\s+)?(?:الاسبوع\\s+(${QUAL()})|(هذا)\\s+الاسبوع)`,
    extract(m, ref) {
      if (ref === null) return null;
      const sign = qualifierSign(m[1] ?? m[2]);
      return { day: weekStart(ref) + 7 * sign, resolution: 'week' };
    },
  },
  {
    id: 'relative-month',
    gate: (s) => s.includes('الشهر'),
    example: 'الشهر الماضي، الشهر الجاري، الشهر المقبل',
    kind: 'relative',
    pattern: () => `(?:مطلع\\s+|منتصف\\s+|نهايه\\s+|اواخر\\s+|اوائل\\s+)?(?:الشهر\\s+(${QUAL()})|(هذا)\\s+الشهر)`,
    extract(m, ref) {
      if (ref === null) return null;
      return { day: monthStart(ref, qualifierSign(m[1] ?? m[2])), resolution: 'month' };
    },
  },
  {
    id: 'named-month',
    gate: (s) => QUALIFIER_WORD().test(s),
    example: 'مايو الماضي، في يونيو المقبل، شهر آذار الجاري',
    kind: 'relative',
    pattern: () => `(?:شهر\\s+)?${MONTH_PAIR()}\\s+(${QUAL()})`,
    extract(m, ref) {
      if (ref === null) return null;
      const month = (monthIndex().get(m[1]) ?? -1) + 1;
      const sign = qualifierSign(m[2]);
      const { year, month: refMonth } = partsOf(ref);
      // الماضي: the latest such month before the reference's; المقبل: the first after it.
      const y = sign < 0 ? (month < refMonth ? year : year - 1) : sign > 0 ? (month > refMonth ? year : year + 1) : year;
      const d = dayFromParts(y, month, 1);
      return d === null ? null : { day: d, resolution: 'month' };
    },
  },
];

/** Each parser's regex, compiled when it first runs. */
const compiled = new Map<string, RegExp>();
function regexOf(parser: DateParser): RegExp {
  let re = compiled.get(parser.id);
  if (!re) compiled.set(parser.id, (re = words(parser.pattern())));
  re.lastIndex = 0;
  return re;
}

/** Every date expression the parsers read in normalised text, resolved where they can be. */
export function findDates(normalised: string, ref: number | null, only?: ReadonlySet<string>): FoundDate[] {
  const found: FoundDate[] = [];
  for (const parser of PARSERS) {
    if ((only && !only.has(parser.id)) || (ref === null && parser.kind === 'relative') || !parser.gate(normalised)) continue;
    const re = regexOf(parser);
    for (let m = re.exec(normalised); m; m = re.exec(normalised)) {
      const r = parser.extract(m, ref);
      if (r) found.push({ iso: isoOf(r.day), resolution: r.resolution, rule: parser.id, index: m.index, length: m[0].length });
    }
  }
  return found;
}

/**
 * Resolve one date expression as written ("اليوم الثلاثاء", "5 أيار 2018", "الأسبوع الماضي")
 * against a reference day (YYYY-MM-DD, or null when there is none). The earliest parser in the
 * list that reads it wins, so a spelled-out date beats the weekday beside it.
 */
export function resolveDateExpression(expression: string, reference: string | null): ResolvedDate | null {
  const normalised = norm(expression);
  const ref = reference === null ? null : dayFromIso(reference);
  for (const parser of PARSERS) {
    // What needs the reference cannot resolve without one: not even compiled then.
    if ((ref === null && parser.kind === 'relative') || !parser.gate(normalised)) continue;
    const re = regexOf(parser);
    for (let m = re.exec(normalised); m; m = re.exec(normalised)) {
      const r = parser.extract(m, ref);
      if (r) return { iso: isoOf(r.day), resolution: r.resolution, rule: parser.id };
    }
  }
  return null;
}

function dayFromIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
