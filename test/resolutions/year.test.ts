import { describe, expect, it } from 'vitest';
import { expectFound, find } from './helpers.js';

describe('years of resolutions', () => {
  it('reads (YEAR) after the number', () => {
    const [r] = expectFound('طبقا للفقرة 14 من قرار مجلس الأمن 2216 (2015) بشأن الأسلحة.', [{ body: 'UNSC', number: '2216', mention: 'قرار مجلس الأمن 2216' }]);
    expect(r.year).toBe(2015);
  });

  it('reads لعام after a list and gives it to every number', () => {
    const found = expectFound('ويمثل خرقا لقرارات مجلس الأمن 476 و478 لعام 1980 حول المدينة.', [
      { body: 'UNSC', number: '476', mention: 'قرارات مجلس الأمن 476' },
      { body: 'UNSC', number: '478', mention: '478' },
    ]);
    expect(found.map((r) => r.year)).toEqual([1980, 1980]);
  });

  it('reads الصادر عام and builds the symbol for a Security Council resolution not in the table', () => {
    const [r] = find('وفق قرار مجلس الأمن رقم 2287 الصادر عام 2016.');
    expect(r.year).toBe(2016);
    expect(r.symbol).toBe('S/RES/2287 (2016)');
    expect(r.subject).toBeNull();
  });

  it('falls back to the table year', () => {
    const [r] = find('وأكد على القرار 1701 في جنوب لبنان.');
    expect(r.year).toBe(2006);
  });
});
