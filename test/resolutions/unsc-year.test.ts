import { describe, expect, it } from 'vitest';
import { UNSC_FIRST_OF_YEAR, UNSC_LAST_KNOWN } from '../../src/lexicon/resolutions.js';
import { unscYear } from '../../src/resolutions/unsc-year.js';
import { expectFound } from './helpers.js';

describe('unscYear: the year of a Security Council resolution from its number', () => {
  it('knows the years the corpus README and the news rely on', () => {
    expect(unscYear('242')).toBe(1967);
    expect(unscYear('338')).toBe(1973);
    expect(unscYear('1701')).toBe(2006);
    expect(unscYear('2216')).toBe(2015);
    expect(unscYear('2254')).toBe(2015);
    expect(unscYear('2334')).toBe(2016);
  });

  it('puts both sides of boundaries checked against the resolutions and their dates in the right year', () => {
    // [last of a year, its year]: the next number is the first of the next year.
    const checked: [number, number][] = [
      [15, 1946], [232, 1966], [244, 1967], [324, 1972], [344, 1973], [484, 1980], [683, 1990], [892, 1993], [969, 1994],
      [1092, 1996], [1334, 2000], [1454, 2002], [1521, 2003], [1580, 2004], [2195, 2014], [2503, 2019], [2560, 2020],
      [2617, 2021], [2671, 2022], [2767, 2024],
    ];
    for (const [last, year] of checked) {
      expect(unscYear(String(last))).toBe(year);
      expect(unscYear(String(last + 1))).toBe(year + 1);
    }
  });

  it('gives the first and the last known number their year, and nothing beyond', () => {
    expect(unscYear('1')).toBe(1946);
    expect(unscYear(String(UNSC_LAST_KNOWN))).toBe(2025);
    expect(unscYear(String(UNSC_LAST_KNOWN + 1))).toBeNull();
    expect(unscYear('0')).toBeNull();
    expect(unscYear('67/19')).toBeNull();
    expect(unscYear('12345')).toBeNull();
    expect(unscYear('')).toBeNull();
  });

  it('has one first number per year from 1946 to 2025, increasing', () => {
    expect(UNSC_FIRST_OF_YEAR.map(([y]) => y)).toEqual(Array.from({ length: 80 }, (_, i) => 1946 + i));
    UNSC_FIRST_OF_YEAR.slice(1).forEach(([, first], i) => expect(first).toBeGreaterThan(UNSC_FIRST_OF_YEAR[i][1]));
    expect(UNSC_FIRST_OF_YEAR[0][1]).toBe(1);
    expect(UNSC_LAST_KNOWN).toBeGreaterThanOrEqual(UNSC_FIRST_OF_YEAR[UNSC_FIRST_OF_YEAR.length - 1][1]);
  });

  it('derives year and symbol for a Security Council resolution not in the table', () => {
    const [r] = expectFound('وأشار إلى قرار مجلس الأمن رقم 2287 في كلمته.', [{ body: 'UNSC', number: '2287', mention: 'قرار مجلس الأمن رقم 2287' }]);
    expect(r.year).toBe(2016);
    expect(r.symbol).toBe('S/RES/2287 (2016)');
    expect(r.subject).toBeNull();
  });

  it('lets the numbering win over a misprinted year, and gives no year to a number beyond the table', () => {
    const [r] = expectFound('وذكّر بقرار مجلس الأمن 2216 لعام 2014.', [{ body: 'UNSC', number: '2216', mention: 'قرار مجلس الأمن 2216' }]);
    expect(r.year).toBe(2015);
    const [late] = expectFound('وأشار إلى قرار مجلس الأمن رقم 2795 في كلمته.', [{ body: 'UNSC', number: '2795', mention: 'قرار مجلس الأمن رقم 2795' }]);
    expect(late.year).toBeNull();
    expect(late.symbol).toBeNull();
  });
});
