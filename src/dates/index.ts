/**
 * Dates on a timeline: each meeting's date as written ("أمس", "الثلاثاء الماضي", "5 أيار 2018")
 * resolved to a calendar date against the article's reference day. Runs as its own step after
 * extraction: it reads the meetings' `date`, the text of their evidence and the article's top,
 * and sets `isoDate` and `dateResolution`; it never changes what was extracted.
 */
import type { DateResolution, ReferenceDate, Summary } from '../types.js';
import { dayOf } from './calendar.js';
import { findDateline } from './dateline.js';
import { findDates, resolveDateExpression } from './resolve.js';
import { norm } from './words.js';

export { resolveDateExpression, findDates, type ResolvedDate } from './resolve.js';
export { findDateline } from './dateline.js';

/** Where the reference day came from: --date, an NDJSON record's field, the page's metadata, or the dateline. */
export type ReferenceSource = ReferenceDate['source'];

/** What the caller knows about the article's date. */
export interface DateOptions {
  /** The reference day, YYYY-MM-DD; without it, the dateline (if any) is used. */
  referenceDate?: string | null;
  referenceSource?: Exclude<ReferenceSource, 'dateline'>;
}

/** Is this a real calendar day written YYYY-MM-DD? */
export function isIsoDay(value: string): boolean {
  return dayOf(value) !== null;
}

/**
 * Expressions searched in a meeting's own evidence when the extractor gave it no date: those of
 * a week, a month, or a Hijri date, which its date finder does not read.
 */
const IN_EVIDENCE = new Set(['hijri-day-month-year', 'hijri-month-year', 'gregorian-month-year', 'relative-week', 'relative-month', 'named-month']);

/** Set `referenceDate` on the summary and `isoDate`/`dateResolution` on its meetings. */
export function applyDates(summary: Summary, text: string, options: DateOptions = {}): Summary {
  const given = options.referenceDate && isIsoDay(options.referenceDate) ? options.referenceDate : null;
  const dateline = given ? null : findDateline(text);
  const reference: ReferenceDate | null = given
    ? { date: given, source: options.referenceSource ?? 'option' }
    : dateline
      ? { date: dateline, source: 'dateline' }
      : null;
  summary.referenceDate = reference;
  const ref = reference?.date ?? null;
  const refDay = ref === null ? null : dayOf(ref);
  for (const meeting of summary.meetings) {
    let resolution: DateResolution | null = null;
    if (meeting.date) {
      const r = resolveDateExpression(meeting.date, ref);
      if (r) {
        meeting.isoDate = r.iso;
        resolution = r.resolution;
      }
    } else {
      const found = findDates(norm(text.slice(meeting.start, meeting.end)), refDay, IN_EVIDENCE).sort((a, b) => a.index - b.index)[0];
      if (found) {
        meeting.isoDate = found.iso;
        resolution = found.resolution;
      }
    }
    if (resolution === null && meeting.isoDate) resolution = 'day';
    meeting.dateResolution = resolution;
  }
  return summary;
}
