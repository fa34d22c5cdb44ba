/**
 * Lower-bound searches over a document's sorted lists (tokens, cue hits) through a block table:
 * for every block of 2^SHIFT offsets of the text, the index of the first item whose key is at or
 * after the block's first offset. A search then reads the few items of one block (neighbours in
 * memory), not log2(n) items spread over the whole list: on a line of 2.5 million characters
 * (450,000 tokens) most probes of a plain binary search missed the processor's caches, and the
 * 1.5 million searches of such a line made its cost grow faster than its length.
 */

/** log2 of the offsets one block covers (16: some three words of news text). */
const SHIFT = 4;

/** A block table: at b, the index of the first item whose key is >= b << SHIFT (see blocksBy). */
export type Blocks = Int32Array;

/**
 * The block table of items sorted by `field` (their keys never decrease), for lookups of offsets up
 * to `limit` (the text's length): one pass over the items.
 */
export function blocksBy<K extends string>(xs: readonly { readonly [k in K]: number }[], field: K, limit: number): Blocks {
  const size = (Math.max(0, limit) >> SHIFT) + 2;
  const firsts = new Int32Array(size);
  let b = 0;
  for (let i = 0; i < xs.length && b < size; i++) {
    const k = xs[i][field];
    while (b < size && b << SHIFT <= k) firsts[b++] = i;
  }
  while (b < size) firsts[b++] = xs.length;
  return firsts;
}

/** The first index of the items that the lower bound of offset x > 0 lies among. */
export function blockLo(blocks: Blocks, x: number): number {
  const b = x >> SHIFT;
  return b + 1 < blocks.length ? blocks[b] : blocks[blocks.length - 1];
}

/** The end index (exclusive) of the items that the lower bound of offset x > 0 lies among (n: the items' count). */
export function blockHi(blocks: Blocks, x: number, n: number): number {
  const b = x >> SHIFT;
  return b + 1 < blocks.length ? blocks[b + 1] : n;
}

/** lowerBoundByStart (the first item whose start is >= x) for items sorted by start and their table blocksBy(xs, 'start', …). */
export function lowerBoundByStartIn(xs: readonly { readonly start: number }[], blocks: Blocks, x: number): number {
  if (x <= 0) return 0;
  let lo = blockLo(blocks, x);
  let hi = blockHi(blocks, x, xs.length);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** lowerBoundByEnd (the first item whose end is >= x) for items sorted by end and their table blocksBy(xs, 'end', …). */
export function lowerBoundByEndIn(xs: readonly { readonly end: number }[], blocks: Blocks, x: number): number {
  if (x <= 0) return 0;
  let lo = blockLo(blocks, x);
  let hi = blockHi(blocks, x, xs.length);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].end < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first item whose index is >= x, for items sorted by index (cue hits) and their table blocksBy(xs, 'index', …). */
export function lowerBoundByIndexIn(xs: readonly { readonly index: number }[], blocks: Blocks, x: number): number {
  if (x <= 0) return 0;
  let lo = blockLo(blocks, x);
  let hi = blockHi(blocks, x, xs.length);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].index < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
