import { UNSC_FIRST_OF_YEAR, UNSC_LAST_KNOWN } from '../lexicon/resolutions.js';

/**
 * The year of Security Council resolution `number` ("2254" → 2015), from the first number of each
 * year (they are numbered in order); null for a number that is not a plain positive integer or lies
 * beyond the last one whose year the table settles.
 */
export function unscYear(number: string): number | null {
  if (!/^\d{1,4}$/.test(number)) return null;
  const n = Number(number);
  if (n < 1 || n > UNSC_LAST_KNOWN) return null;
  // Binary search for the last year whose first resolution is <= n.
  let lo = 0;
  let hi = UNSC_FIRST_OF_YEAR.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (UNSC_FIRST_OF_YEAR[mid][1] <= n) lo = mid;
    else hi = mid - 1;
  }
  return UNSC_FIRST_OF_YEAR[lo][0];
}
