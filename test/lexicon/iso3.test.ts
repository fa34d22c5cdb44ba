import { describe, expect, it } from 'vitest';
import { ISO3, iso3Of } from '../../src/lexicon/iso3.js';
import { COUNTRIES } from '../../src/lexicon/countries.js';

describe('ISO 3166-1 alpha-3 table', () => {
  it('has one unique three-letter code for every state khulasa knows, and no other', () => {
    expect(Object.keys(ISO3).sort()).toEqual(COUNTRIES.map((c) => c.iso).sort());
    const codes = Object.values(ISO3);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Z]{3}$/);
  });

  it('maps alpha-2 to alpha-3 whatever the case, and unknown codes to undefined', () => {
    expect(iso3Of('EG')).toBe('EGY');
    expect(iso3Of('ps')).toBe('PSE');
    expect(iso3Of('AE')).toBe('ARE');
    expect(iso3Of('XK')).toBe('XKX');
    expect(iso3Of('ZZ')).toBeUndefined();
    expect(iso3Of('toString')).toBeUndefined();
  });
});
