import { sentenceAt, type Doc } from '../document.js';
import { alternation, WORD_CHAR } from '../lexicon/compile.js';
import { RESOLUTION_BY_NUMBER } from '../lexicon/resolutions.js';
import type { ResolutionMention } from './model.js';
import { isPlausibleYear } from './numbers.js';

/** National authorities whose decisions are numbered too: "أصدرت المحكمة القرار رقم 512". */
export const DOMESTIC_AUTHORITIES: readonly string[] = [
  'المحكمة', 'محكمة', 'الحكومة', 'الوزير', 'وزير', 'وزارة', 'الوزارة', 'مجلس الوزراء', 'رئيس الوزراء', 'رئيس الحكومة',
  'رئيس الجمهورية', 'الرئاسة', 'البرلمان', 'مجلس النواب', 'مجلس الشعب', 'مجلس الشورى', 'المحافظ', 'محافظ', 'المحافظة',
  'النيابة', 'النائب العام', 'البلدية', 'الجامعة', 'الجريدة الرسمية', 'مرسوم', 'المرسوم', 'قانون', 'القانون',
];
const DOMESTIC_RE = new RegExp(`(?<!${WORD_CHAR})[وف]?[بلك]?(?:${alternation(DOMESTIC_AUTHORITIES)})(?!${WORD_CHAR})`, 'u');

/**
 * Keep a mention unless it looks like a domestic decision. A mention with no body, named or
 * inferred, that is neither marked as a UN resolution nor in the table is dropped when its number
 * is small (below 100), has a slash ("قرار رقم 1/1559"), is a year ("القرار 2019"), is dated
 * "لسنة" in the style of domestic law ("القرار رقم 123 لسنة 2019"), or when its sentence names a
 * national authority before it ("أصدرت المحكمة القرار رقم 512"). A number followed by what it
 * counts is never a resolution, unless well known.
 */
export function isInternational(doc: Doc, m: ResolutionMention): boolean {
  const known = RESOLUTION_BY_NUMBER.has(m.number);
  // "قرار … 2041 قنبلة": a number followed by what it counts.
  if (m.cues.includes('count-noun') && !known) return false;
  if (m.body !== null || m.stated !== null || known) return true;
  if (m.number.includes('/')) return false;
  const n = Number(m.number);
  if (n < 100 || isPlausibleYear(n) || m.cues.includes('year-lisana')) return false;
  const i = sentenceAt(doc, m.span.start);
  return i < 0 || !DOMESTIC_RE.test(doc.norm.slice(doc.sentences[i].start, m.span.start));
}
