import { alternation } from '../lexicon/compile.js';
import { RESOLUTION_BY_NUMBER } from '../lexicon/resolutions.js';
import { BODY_AT, COUNT_NOUN_AT, DOMESTIC_AT, markerOf } from './forms.js';
import type { BodyMarker } from './model.js';
import { isPlausibleYear, readNumberAt, type NumberRead } from './numbers.js';
import { at, matchAt } from './scan-qualifiers.js';


/** What follows the first number: more numbers, years, the issuing body, cues. */
export interface Tail {
  numbers: NumberRead[];
  /** A body named after the numbers: "القرار 1701 الصادر عن المجلس الدولي". */
  issuedBy: BodyMarker | null;
  cues: string[];
}

// "2254 (2015)": a year in brackets right after the number.
const YEAR_IN_BRACKETS = / *\( *(\d{4}) *\)/y;
// "688 لسنة 1991", "661 و678 لعام 1990", "الصادر عام 2015", "الصادر في العام 2006".
const YEAR_IN_WORDS = new RegExp(
  ` *(?<w>[وف]?(?:${alternation(['لسنة', 'سنة', 'لعام', 'عام', 'العام', 'في عام', 'في العام', 'الصادر في', 'الصادر عام', 'الصادر في عام', 'الصادر في العام', 'الصادرة في', 'الصادرة عام', 'الصادرة في عام'])})) +(?<y>\\d{4})(?!\\d)`,
  'uy',
);
// "181 (د-2)", "194 (د - 3)", "(الدورة 3)", "(III)": a General Assembly session in brackets
// (roman numerals as the UN wrote them until 1975, lower-cased in the normalised text).
const GA_SESSION = / *\( *(?:(?:د|الدوره) *[-–.]? *\d{1,2}|[ivxl]{1,7}) *\)/y;
// "8437 د.ع (149)", "د.غ.ع": an ordinary (or extraordinary) session of the Arab League council
// (the normalised copy joins the letters of a dotted acronym with ـ: د.غ.ع reads دـغـع there).
const ARAB_LEAGUE_SESSION = / *\(? *د *[.\u0640] *(?:غ *[.\u0640] *)?ع *\.?(?: *[-–]? *\(? *\d{1,3} *\)?)?/y;
// "الصادر عن مجلس الأمن", "الصادر من الجمعية العامة", "الصادرين عن".
const ISSUED_BY = new RegExp(
  ` *(?:${alternation(['الصادر', 'الصادرة', 'الصادرين', 'الصادران', 'الصادرتين', 'الذي أصدره', 'الذي أصدرته', 'الذي تبناه', 'الذي اعتمده', 'اللذين أصدرهما'])}) +(?:عن +|من +)?`,
  'uy',
);
// "القرار 2254 لمجلس الأمن": the body right after the number, with ل.
const OF_BODY = / +(?=ل)/y;
// "242 و338", "476 و 478", "(2216) ، (2231)": the next number of a list.
const LIST_SEPARATOR = / *(?:[،,] *(?:و *)?|و *)\(? */y;
// "من 1267 إلى 1989", "242 - 338": the other end of a range after a plural head.
const RANGE_WORD = new RegExp(` *(?:${alternation(['إلى', 'الى', 'حتى'])}) +\\(? *`, 'uy');
const RANGE_DASH = / *[-–] *\(? */y;
const CLOSE_BRACKET = / *\)/y;

/**
 * A body named after the number ("الصادر عن مجلس الأمن", "لمجلس الأمن"), or a national authority
 * named as the issuer ("الصادر عن وزارة الداخلية": marker null), or null when neither follows.
 */
function issuingBodyAt(norm: string, p: number): { marker: BodyMarker | null; end: number } | null {
  const issued = at(ISSUED_BY, norm, p);
  const from = issued >= 0 ? issued : at(OF_BODY, norm, p);
  const body = from >= 0 ? matchAt(BODY_AT, norm, from) : null;
  if (body && (issued >= 0 || body.groups?.pre === 'ل')) {
    const marker = markerOf(body.groups?.w ?? '');
    if (marker) return { marker, end: from + body[0].length };
  }
  const domestic = issued >= 0 ? at(DOMESTIC_AT, norm, issued) : -1;
  return domestic >= 0 ? { marker: null, end: domestic } : null;
}

/**
 * Read what follows a resolution's first number: closing brackets, years, a General Assembly or
 * Arab League session, the issuing body, more numbers (see nextListNumber): "القرار 2216 و2231",
 * but "القرار 2216 و14 دولة" is one resolution. Cues: `year-brackets`, `year-lisana`, `session`,
 * `arab-league-session`, `domestic-issuer`, `count-noun`.
 */
export function readTail(norm: string, first: NumberRead, plural: boolean): Tail {
  const numbers = [first];
  const cues: string[] = [];
  let issuedBy: BodyMarker | null = null;
  let p = first.end;
  // Every step below consumes text, so the loop ends; a list is read to its end.
  for (;;) {
    const close = at(CLOSE_BRACKET, norm, p);
    if (close >= 0) {
      p = close;
      continue;
    }
    const last = numbers[numbers.length - 1];
    const yb = matchAt(YEAR_IN_BRACKETS, norm, p);
    if (yb && isPlausibleYear(Number(yb[1])) && last.year === null) {
      last.year = Number(yb[1]);
      if (!cues.includes('year-brackets')) cues.push('year-brackets');
      p += yb[0].length;
      continue;
    }
    const yw = matchAt(YEAR_IN_WORDS, norm, p);
    if (yw && isPlausibleYear(Number(yw.groups?.y))) {
      // A year after a list belongs to every number in it that has none: "661 و678 لعام 1990".
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
    const league = at(ARAB_LEAGUE_SESSION, norm, p);
    if (league >= 0) {
      cues.push('arab-league-session');
      p = league;
      continue;
    }
    const body = issuingBodyAt(norm, p);
    if (body) {
      if (body.marker) issuedBy = body.marker;
      else cues.push('domestic-issuer');
      p = body.end;
      continue;
    }
    const n = nextListNumber(norm, p, last, plural);
    if (n) {
      numbers.push(n);
      p = n.end;
      continue;
    }
    break;
  }
  if (at(COUNT_NOUN_AT, norm, p) >= 0) cues.push('count-noun');
  return { numbers, issuedBy, cues };
}

/**
 * The next number of a list at `p`, or null. Plural heads take numbers of three digits or more
 * after و or a comma, and the far end of a range ("من 1267 إلى 1989", "242 - 338", greater than the
 * first; after a dash not a year); a singular head only a well-known number that is not a year.
 */
function nextListNumber(norm: string, p: number, last: NumberRead, plural: boolean): NumberRead | null {
  const sep = at(LIST_SEPARATOR, norm, p);
  const n = sep > p ? readNumberAt(norm, sep) : null;
  if (n && n.number.replace(/\/.*/, '').length >= 3 && (plural || (RESOLUTION_BY_NUMBER.has(n.number) && !isPlausibleYear(Number(n.number))))) return n;
  if (!plural || last.number.includes('/')) return null;
  const word = at(RANGE_WORD, norm, p);
  const dash = word < 0 ? at(RANGE_DASH, norm, p) : -1;
  const end = word >= 0 ? readNumberAt(norm, word) : dash >= 0 ? readNumberAt(norm, dash) : null;
  if (!end || end.number.includes('/') || end.number.length < 3 || Number(end.number) <= Number(last.number)) return null;
  if (dash >= 0 && isPlausibleYear(Number(end.number))) return null;
  return end;
}
