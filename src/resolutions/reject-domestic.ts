import { RESOLUTION_BY_NUMBER } from '../lexicon/resolutions.js';
import type { ResolutionMention } from './model.js';
import { isPlausibleYear } from './numbers.js';

/**
 * Keep a mention unless it looks like a domestic decision. A mention with no body, named or
 * inferred, that is neither marked as a UN resolution nor in the table is dropped when its number
 * is small (below 100), has a slash ("قرار رقم 1/1559"), is a year ("القرار 2019"), or is dated
 * "لسنة" in the style of domestic law ("القرار رقم 123 لسنة 2019"). A number followed by what it
 * counts is never a resolution, unless well known.
 */
export function isInternational(m: ResolutionMention): boolean {
  // "قرار … 2041 قنبلة": a number followed by what it counts.
  if (m.cues.includes('count-noun') && !RESOLUTION_BY_NUMBER.has(m.number)) return false;
  if (m.body !== null || m.stated !== null || RESOLUTION_BY_NUMBER.has(m.number)) return true;
  if (m.number.includes('/')) return false;
  const n = Number(m.number);
  if (n < 100 || isPlausibleYear(n)) return false;
  return !m.cues.includes('year-lisana');
}
