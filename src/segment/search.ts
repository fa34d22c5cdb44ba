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
