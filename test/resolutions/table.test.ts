import { describe, expect, it } from 'vitest';
import { RESOLUTIONS, RESOLUTION_BY_NUMBER } from '../../src/lexicon/resolutions.js';

describe('the table of well-known resolutions', () => {
  it('has one entry per number, numbers in ASCII digits', () => {
    expect(RESOLUTION_BY_NUMBER.size).toBe(RESOLUTIONS.length);
    for (const r of RESOLUTIONS) expect(r.number).toMatch(/^[0-9]+(\/[0-9]+)?$/);
  });

  it('gives Security Council symbols with their year', () => {
    for (const r of RESOLUTIONS.filter((x) => x.body === 'UNSC')) expect(r.symbol).toBe(`S/RES/${r.number} (${r.year})`);
    expect(RESOLUTION_BY_NUMBER.get('2254')?.year).toBe(2015);
  });

  it('knows the numbers the corpus README names as Security Council resolutions', () => {
    for (const n of ['242', '338', '1701', '2216', '2254', '2334']) expect(RESOLUTION_BY_NUMBER.get(n)?.body).toBe('UNSC');
    expect(RESOLUTION_BY_NUMBER.get('194')?.body).toBe('UNGA');
  });
});
