import { describe, expect, it } from 'vitest';
import { blockHi, blockLo, blocksByCue } from '../../src/segment/blocks.js';
import { lowerBound } from '../../src/segment/search.js';

/** The lower bound of x through a block table: a binary search within the block's items only. */
function viaBlocks(xs: { cue: number }[], limit: number, x: number): number {
  if (x <= 0) return 0;
  const blocks = blocksByCue(xs, limit);
  let lo = blockLo(blocks, x);
  let hi = blockHi(blocks, x, xs.length);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].cue < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

describe('block tables', () => {
  // cues of a text of 100 characters: several in one block of 16 offsets, equal ones, a long gap
  // (blocks with none) and one at the text's end
  const found = [0, 3, 8, 8, 9, 40, 42, 81, 100].map((cue) => ({ cue }));

  it('narrow every lower bound to the items a binary search over all of them finds it among, past the text too', () => {
    for (let x = -2; x <= 140; x++) expect(viaBlocks(found, 100, x)).toBe(lowerBound(found, x, (f) => f.cue));
  });

  it('hold for an empty list and for a table made for a shorter text than asked about', () => {
    expect(viaBlocks([], 50, 20)).toBe(0);
    for (let x = 0; x <= 120; x++) expect(viaBlocks(found, 10, x)).toBe(lowerBound(found, x, (f) => f.cue));
  });

  it('give, at b, the first item whose cue is at or after the block start b * 16', () => {
    const blocks = blocksByCue(found, 100);
    expect([...blocks]).toEqual([0, 5, 5, 7, 7, 7, 8, 9]);
  });
});
