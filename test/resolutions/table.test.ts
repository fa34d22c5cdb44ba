import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/lexicon/countries.js';
import { CONTEXT_FORMS, RESOLUTIONS, RESOLUTION_BY_NUMBER } from '../../src/lexicon/resolutions.js';
import { unscYear } from '../../src/resolutions/unsc-year.js';

describe('the table of well-known resolutions', () => {
  it('has one entry per number, numbers in ASCII digits', () => {
    expect(RESOLUTION_BY_NUMBER.size).toBe(RESOLUTIONS.length);
    for (const r of RESOLUTIONS) expect(r.number).toMatch(/^(ES-[0-9]+\/)?[0-9]+(\/[0-9]+)?$/);
  });

  it('gives Security Council symbols with their year, the year their number has in the numbering', () => {
    for (const r of RESOLUTIONS.filter((x) => x.body === 'UNSC')) {
      expect(r.symbol).toBe(`S/RES/${r.number} (${r.year})`);
      // Two independent sources: the entry's year and the first number of each year.
      expect([r.number, unscYear(r.number)]).toEqual([r.number, r.year]);
    }
    expect(RESOLUTION_BY_NUMBER.get('2254')?.year).toBe(2015);
  });

  it('knows the numbers the corpus README names as Security Council resolutions', () => {
    for (const n of ['242', '338', '1701', '2216', '2254', '2334']) expect(RESOLUTION_BY_NUMBER.get(n)?.body).toBe('UNSC');
    expect(RESOLUTION_BY_NUMBER.get('194')?.body).toBe('UNGA');
  });

  it('names a context for every entry, each key a state of the country lexicon or a topic with forms', () => {
    for (const r of RESOLUTIONS) {
      expect(r.context.length, r.number).toBeGreaterThan(0);
      for (const key of r.context) expect(COUNTRIES.some((c) => c.iso === key) || (CONTEXT_FORMS[key]?.length ?? 0) > 0, `${r.number}: ${key}`).toBe(true);
    }
    const used = new Set(RESOLUTIONS.flatMap((r) => r.context));
    for (const key of Object.keys(CONTEXT_FORMS)) expect(used.has(key), key).toBe(true);
  });

  it('covers the Middle East and North Africa files', () => {
    const files = new Set(RESOLUTIONS.filter((r) => r.body === 'UNSC').flatMap((r) => r.context));
    for (const iso of ['PS', 'IL', 'LB', 'SY', 'IQ', 'KW', 'IR', 'YE', 'LY', 'SD', 'EH']) expect(files.has(iso), iso).toBe(true);
  });
});
