import { describe, expect, it } from 'vitest';
import { isPlausibleYear } from '../../src/resolutions/numbers.js';
import { find } from './helpers.js';

/** Pathological inputs must complete: no catastrophic backtracking. No timing is asserted. */
describe('performance safety', () => {
  it('returns on a head word repeated 20,000 times', () => {
    expect(find('قرار '.repeat(20000))).toEqual([]);
  });

  it('returns on 200 KB of digits and spaces', () => {
    let s = '';
    while (s.length < 200_000) s += '2254 1 22 (2015) 67/19 ';
    expect(Array.isArray(find(s))).toBe(true);
  });

  it('returns on heads and qualifiers that never reach a number', () => {
    const s = 'القرارات مجلس الأمن الدولي رقم الأممي '.repeat(5000);
    expect(find(s)).toEqual([]);
  });

  it('returns on a long list after a plural head, reading every number', () => {
    const numbers = Array.from({ length: 5000 }, (_, i) => 100 + i);
    const found = find('القرارات ' + numbers.join(' و'));
    // Without a body, a number that reads as a year is not taken for a resolution.
    expect(found.map((r) => Number(r.number))).toEqual(numbers.filter((n) => !isPlausibleYear(n)));
  });
});

/**
 * Work, not time: count the characters the stage copies out of the text with slice(). Looking
 * back from every citation to the start of its sentence (for a national authority, a body) copies
 * quadratically many in one long sentence of citations; searching positions found once per article
 * copies a bounded window per citation, so doubling the list must about double the copying.
 */
function slicedFor(count: number): { sliced: number; found: number } {
  const text = 'وصدرت القرارات ' + Array.from({ length: count }, (_, i) => String(3000 + i)).join(' و') + ' تباعا.';
  find(text); // anything built on first use is built by now
  const original = String.prototype.slice;
  let sliced = 0;
  String.prototype.slice = function (this: string, start?: number, end?: number): string {
    const part = original.call(this, start, end);
    sliced += part.length;
    return part;
  };
  let found = 0;
  try {
    found = find(text).length;
  } finally {
    String.prototype.slice = original;
  }
  return { sliced, found };
}

describe('work grows linearly with the citations in one sentence', () => {
  it('copies O(n) characters of the text, not O(n²)', () => {
    const small = slicedFor(1500);
    const large = slicedFor(3000);
    expect(small.found).toBe(1500);
    expect(large.found).toBe(3000);
    expect(large.sliced / small.sliced).toBeLessThan(2.5);
  });
});
