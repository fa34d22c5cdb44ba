/** Index of the first element whose key is >= `x` in an array sorted by key (binary search). */
export function lowerBound<T>(xs: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * lowerBound by each element's `start` (spans, tokens, mentions sorted by start): the key read in
 * place, not through a function (a key function called from every caller is a call V8 cannot inline).
 */
export function lowerBoundByStart(xs: readonly { readonly start: number }[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** lowerBound by each element's `end` (tokens, mentions sorted by end): see lowerBoundByStart. */
export function lowerBoundByEnd(xs: readonly { readonly end: number }[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].end < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first number >= `x` in an ascending array of numbers. */
export function lowerBoundOf(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
