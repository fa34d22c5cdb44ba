import { describe, expect, it } from 'vitest';
import { lowerBound, lowerBoundByEnd, lowerBoundByStart, lowerBoundOf } from '../../src/segment/search.js';

const spans = [
  { start: 0, end: 4 },
  { start: 5, end: 9 },
  { start: 5, end: 12 },
  { start: 14, end: 20 },
];

describe('lowerBoundByStart and lowerBoundByEnd', () => {
  it('find the first span whose start (or end) is at or after x, as lowerBound with that key does', () => {
    for (let x = -1; x <= 22; x++) {
      expect(lowerBoundByStart(spans, x)).toBe(lowerBound(spans, x, (s) => s.start));
      expect(lowerBoundByEnd(spans, x)).toBe(lowerBound(spans, x, (s) => s.end));
    }
    expect(lowerBoundByStart(spans, 5)).toBe(1);
    expect(lowerBoundByEnd(spans, 10)).toBe(2);
  });

  it('give the length where no element reaches x, and 0 for an empty list', () => {
    expect(lowerBoundByStart(spans, 15)).toBe(4);
    expect(lowerBoundByEnd(spans, 21)).toBe(4);
    expect(lowerBoundByStart([], 3)).toBe(0);
  });
});

describe('lowerBoundOf', () => {
  it('finds the first number at or after x in an ascending list, as lowerBound with the number as key does', () => {
    const xs = [0, 5, 5, 14];
    for (let x = -1; x <= 16; x++) expect(lowerBoundOf(xs, x)).toBe(lowerBound(xs, x, (n) => n));
    expect(lowerBoundOf(xs, 5)).toBe(1);
    expect(lowerBoundOf(xs, 6)).toBe(3);
    expect(lowerBoundOf([], 3)).toBe(0);
  });
});
