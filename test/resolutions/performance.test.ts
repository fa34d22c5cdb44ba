import { describe, expect, it } from 'vitest';
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
    const s = 'القرارات ' + Array.from({ length: 5000 }, (_, i) => String(100 + i)).join(' و');
    expect(find(s).length).toBeGreaterThan(0);
  });
});
