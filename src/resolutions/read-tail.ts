import { alternation } from '../lexicon/compile.js';
import { RESOLUTION_BY_NUMBER } from '../lexicon/resolutions.js';
import { BODY_AT, COUNT_NOUN_AT, markerOf } from './forms.js';
import type { BodyMarker } from './model.js';
import { isPlausibleYear, readNumberAt, type NumberRead } from './numbers.js';
import { at, matchAt } from './scan-qualifiers.js';


/** What follows the first number: more numbers, years, the issuing body, cues. */
export interface Tail {
  numbers: NumberRead[];
  /** A body named after the numbers: "القرار 2254 الصادر عن المجلس الدولي". */
  issuedBy: BodyMarker | null;
  cues: string[];
}

// "2254 (2015)": a year in brackets right after the number.
const YEAR_IN_BRACKETS = / *\( *(\d{4}) *\)/y;
// "688 لسنة 1991", "476 و478 لعام 1980", "الصادر عام 2015", "الصادر في العام 2006".
const YEAR_IN_WORDS = new RegExp(
  ` *(?<w>[وف]?(?:${alternation(['لسنة', 'سنة', 'لعام', 'عام', 'العام', 'في عام', 'في العام', 'الصادر في', 'الصادر عام', 'الصادر في عام', 'الصادر في العام', 'الصادرة في', 'الصادرة عام', 'الصادرة في عام'])})) +(?<y>\\d{4})(?!\\d)`,
  'uy',
);
// "181 (د-2)": a General Assembly session number (الدورة 2) in brackets.
const GA_SESSION = / *\( *د *[-–] *\d{1,2} *\)/y;
// "الصادر عن مجلس الأمن", "الصادر من الجمعية العامة".
const ISSUED_BY = new RegExp(` *(?:${alternation(['الصادر', 'الصادرة', 'الذي أصدره', 'الذي أصدرته', 'الذي تبناه', 'الذي اعتمده'])}) +(?:عن +|من +)?`, 'uy');
// "القرار 2254 لمجلس الأمن": the body right after the number, with ل.
const OF_BODY = / +(?=ل)/y;
// "242 و338", "476 و 478", "(2216) ، (2231)": the next number of a list.
const LIST_SEPARATOR = / *(?:[،,] *(?:و *)?|و *)\(? */y;
const CLOSE_BRACKET = / *\)/y;

/** A body named after the number ("الصادر عن مجلس الأمن", "لمجلس الأمن"), or null. */
function issuingBodyAt(norm: string, p: number): { marker: BodyMarker; end: number } | null {
  const issued = at(ISSUED_BY, norm, p);
  const from = issued >= 0 ? issued : at(OF_BODY, norm, p);
  const body = from >= 0 ? matchAt(BODY_AT, norm, from) : null;
  if (!body || (issued < 0 && body.groups?.pre !== 'ل')) return null;
  const marker = markerOf(body.groups?.w ?? '');
  return marker ? { marker, end: from + body[0].length } : null;
}

/**
 * Read what follows a resolution's first number. Plural and dual heads (القرارين، قرارات) take a
 * list of numbers of three digits or more; a singular head only a well-known number that is not a
 * year ("القرار 2216 و2231"): "القرار 2216 و14 دولة" is one resolution.
 */
export function readTail(norm: string, first: NumberRead, plural: boolean): Tail {
  const numbers = [first];
  const cues: string[] = [];
  let issuedBy: BodyMarker | null = null;
  let p = first.end;
  for (let steps = 0; steps < 24; steps++) {
    const close = at(CLOSE_BRACKET, norm, p);
    if (close >= 0) {
      p = close;
      continue;
    }
    const last = numbers[numbers.length - 1];
    const yb = matchAt(YEAR_IN_BRACKETS, norm, p);
    if (yb && isPlausibleYear(Number(yb[1])) && last.year === null) {
      last.year = Number(yb[1]);
      p += yb[0].length;
      continue;
    }
    const yw = matchAt(YEAR_IN_WORDS, norm, p);
    if (yw && isPlausibleYear(Number(yw.groups?.y))) {
      // A year after a list belongs to every number in it that has none: "476 و478 لعام 1980".
      for (const n of numbers) if (n.year === null) n.year = Number(yw.groups?.y);
      if (/^[وف]?لسنه/.test(yw.groups?.w ?? '')) cues.push('year-lisana');
      p += yw[0].length;
      continue;
    }
    const session = at(GA_SESSION, norm, p);
    if (session >= 0) {
      cues.push('session');
      p = session;
      continue;
    }
    const body = issuingBodyAt(norm, p);
    if (body) {
      issuedBy = body.marker;
      p = body.end;
      continue;
    }
    const sep = at(LIST_SEPARATOR, norm, p);
    const n = sep > p ? readNumberAt(norm, sep) : null;
    if (n && n.number.replace(/\/.*/, '').length >= 3 && (plural || (RESOLUTION_BY_NUMBER.has(n.number) && !isPlausibleYear(Number(n.number))))) {
      numbers.push(n);
      p = n.end;
      continue;
    }
    break;
  }
  if (at(COUNT_NOUN_AT, norm, p) >= 0) cues.push('count-noun');
  return { numbers, issuedBy, cues };
}
