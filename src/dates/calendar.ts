/**
 * Calendar arithmetic on plain days. A day is a count of days since 1970-01-01 (UTC), so adding
 * and comparing are integer operations and no time zone can move a date.
 */

const MS_PER_DAY = 86_400_000;

/** The day number of a YYYY-MM-DD string, or null when it is not a real date. */
export function dayOf(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The day number of a Gregorian year, month (1–12) and day, or null when the date does not exist. */
export function dayFromParts(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  // 31 فبراير rolls over to March in Date.UTC: that is not a date.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round(t / MS_PER_DAY);
}

/** YYYY-MM-DD of a day number. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Year, month (1–12) and day of month of a day number. */
export function partsOf(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day of the week: 0 Sunday (الأحد) … 6 Saturday (السبت), as Date.getUTCDay counts. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The last day with this weekday on or before `day` (strictly before when `strict`). */
export function lastWeekday(day: number, weekday: number, strict = false): number {
  const back = (weekdayOf(day) - weekday + 7) % 7;
  return day - (back === 0 && strict ? 7 : back);
}

/** The first day with this weekday after `day`. */
export function nextWeekday(day: number, weekday: number): number {
  const ahead = (weekday - weekdayOf(day) + 7) % 7;
  return day + (ahead === 0 ? 7 : ahead);
}

/** The day with this weekday nearest to `day` (within three days either side). */
export function nearestWeekday(day: number, weekday: number): number {
  const ahead = (weekday - weekdayOf(day) + 7) % 7;
  return ahead <= 3 ? day + ahead : day + ahead - 7;
}

/** Monday of the ISO 8601 week holding `day`. */
export function weekStart(day: number): number {
  return lastWeekday(day, 1);
}

/** The first day of the month holding `day`, moved by `months` months. */
export function monthStart(day: number, months = 0): number {
  const { year, month } = partsOf(day);
  const index = year * 12 + (month - 1) + months;
  return dayFromParts(Math.floor(index / 12), (index % 12) + 1, 1) as number;
}

// ---------------------------------------------------------------- Hijri (Umm al-Qura)

/** Built on first use: ICU loads its calendar tables for it, which plain articles never need. */
let hijriFormat: Intl.DateTimeFormat | null = null;

/** The Umm al-Qura Hijri date of a day number (the calendar of Saudi Arabia and most Gulf news). */
export function hijriOf(day: number): { year: number; month: number; day: number } {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' });
  const parts = hijriFormat.formatToParts(new Date(day * MS_PER_DAY));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/**
 * The day number of a Hijri date, or null when it does not exist in the Umm al-Qura calendar.
 * Starts from the arithmetic (tabular) Islamic calendar, which is at most two days off, and
 * corrects against ICU's Umm al-Qura tables.
 */
export function dayFromHijri(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || year < 1 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  // Tabular calendar: Julian day of 1 Muharram 1 AH is 1948439.5.
  const jd = day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439 - 1;
  const estimate = Math.round(jd + 0.5 - 2440588 - 0.5);
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const h = hijriOf(estimate + delta);
    if (h.year === year && h.month === month && h.day === day) return estimate + delta;
  }
  return null;
}
