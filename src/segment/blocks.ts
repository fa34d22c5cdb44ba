/**
 * Lower-bound searches over a long sorted list (the positions found, by cue) through a block table:
 * for every block of 2^SHIFT offsets of the text, the index of the first item whose key is at or
 * after the block's first offset. A search then reads the few items of one block (neighbours in
 * memory), not log2(n) items spread over the whole list: on a line of 2.5 million characters
 * (70,000 positions found) most probes of a plain binary search missed the processor's caches, and
 * its cost grew faster than the line.
 */

/**
 * Lists shorter than this are searched by plain binary search: a news article's few hundred
 * positions stay in the caches.
 */
export const BLOCKS_FROM = 4096;

/** log2 of the offsets one block covers (16: some three words of news text). */
const SHIFT = 4;

/** A block table: at b, the index of the first item whose key is >= b << SHIFT (see blocksByCue). */
export type Blocks = Int32Array;

/** The size of the block table for offsets up to `limit`: one slot per block and one past the last. */
function tableSize(limit: number): number {
  return (Math.max(0, limit) >> SHIFT) + 2;
}

/** The block table of items sorted by cue (positions found), for lookups of offsets up to `limit` (the text's length): one pass over the items. */
export function blocksByCue(xs: readonly { readonly cue: number }[], limit: number): Blocks {
  return blocksOf(xs.length, (i) => xs[i].cue, limit);
}

/** The block table of items sorted by end (a document's tokens), for lookups of offsets up to `limit`. */
export function blocksByEnd(xs: readonly { readonly end: number }[], limit: number): Blocks {
  return blocksOf(xs.length, (i) => xs[i].end, limit);
}

/** The block table of n items whose keys (`keyAt`) ascend: one pass over them. */
function blocksOf(n: number, keyAt: (i: number) => number, limit: number): Blocks {
  const size = tableSize(limit);
  const firsts = new Int32Array(size);
  let b = 0;
  for (let i = 0; i < n && b < size; i++) {
    const k = keyAt(i);
    while (b < size && b << SHIFT <= k) firsts[b++] = i;
  }
  while (b < size) firsts[b++] = n;
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
