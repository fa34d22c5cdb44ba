import { BODY_AT, HEAD_AT, markerOf, NOT_BODY_NEXT_AT, NUMBER_MARKER_AT, QUALIFIER_AT, WORD_AT } from './forms.js';
import type { BodyMarker } from './model.js';
import { readNumberAt, type NumberRead } from './numbers.js';

/** What stands between a head word and its first number. */
export interface Qualifiers {
  /** The body named between head and number (a named body wins over a bare UN form). */
  stated: BodyMarker | null;
  /** The first number. */
  first: NumberRead;
}

/** At most this many words between head and number: "قرار مجلس الأمن الدولي التابع للأمم المتحدة رقم". */
const MAX_WORDS = 12;
/** Unknown words allowed once a body is named, if رقم follows: "قرار مجلس الأمن الخاص باليمن رقم 2216". */
const MAX_UNKNOWN = 3;

/**
 * Read the words after a head word up to its number, or return null when something else comes
 * first. Only known words may stand there: body names, الأممي/الدولي, رقم, الصادر عن…; so
 * "قرار وزاري رقم 5" and "قرار مجلس الوزراء رقم 5" are not resolutions, and "قرارات مجلس الأمن ذات
 * الصلة" has no number. Unknown words are allowed only after a body (or الأممي) and before رقم.
 */
export function scanQualifiers(norm: string, from: number): Qualifiers | null {
  let p = from;
  let stated: BodyMarker | null = null;
  let unknown = 0;
  let afterMarker = false;
  for (let words = 0; words <= MAX_WORDS; words++) {
    while (norm[p] === ' ' || norm[p] === '(') p++;
    const first = readNumberAt(norm, p);
    if (first) return unknown > 0 && !afterMarker ? null : { stated, first };
    if (at(HEAD_AT, norm, p) >= 0) return null; // another resolution starts: "قرار وقرار 5"
    const body = matchAt(BODY_AT, norm, p);
    if (body) {
      const bodyEnd = p + body[0].length;
      if (at(NOT_BODY_NEXT_AT, norm, bodyEnd) >= 0) return null; // مجلس الأمن القومي
      const marker = markerOf(body.groups?.w ?? '');
      if (marker && (stated === null || stated === 'UN')) stated = marker;
      afterMarker = false;
      p = bodyEnd;
      continue;
    }
    const markerEnd = at(NUMBER_MARKER_AT, norm, p);
    if (markerEnd >= 0) {
      afterMarker = true;
      p = markerEnd;
      continue;
    }
    const qualEnd = at(QUALIFIER_AT, norm, p);
    if (qualEnd >= 0) {
      afterMarker = false;
      p = qualEnd;
      continue;
    }
    const wordEnd = at(WORD_AT, norm, p);
    if (wordEnd >= 0 && stated !== null && unknown < MAX_UNKNOWN) {
      unknown++;
      afterMarker = false;
      p = wordEnd;
      continue;
    }
    return null;
  }
  return null;
}

/** The match of sticky `re` at `p`, or null. */
export function matchAt(re: RegExp, s: string, p: number): RegExpExecArray | null {
  re.lastIndex = p;
  return re.exec(s);
}

/** End of a match of sticky `re` at `p`, or -1. */
export function at(re: RegExp, s: string, p: number): number {
  const m = matchAt(re, s, p);
  return m ? p + m[0].length : -1;
}
