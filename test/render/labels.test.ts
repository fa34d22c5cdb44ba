import { afterEach, describe, expect, it, vi } from 'vitest';

// The bundle names countries from ICU's region names read off at build time (esbuild.config.mjs
// defines __KHULASA_REGION_NAMES__); here the global stands in for that define, in fresh modules.
type Global = { __KHULASA_REGION_NAMES__?: string };

/** A fresh labels module reading these names (JSON), or none. */
async function freshLabels(json: string | undefined) {
  vi.resetModules();
  if (json === undefined) delete (globalThis as Global).__KHULASA_REGION_NAMES__;
  else (globalThis as Global).__KHULASA_REGION_NAMES__ = json;
  return import('../../src/render/labels.js');
}

afterEach(() => {
  delete (globalThis as Global).__KHULASA_REGION_NAMES__;
  vi.resetModules();
});

/** Every code of two capital letters, and codes of other shapes. */
const CODES = [...Array(26 * 26)].map((_, k) => String.fromCharCode(65 + Math.floor(k / 26), 65 + (k % 26))).concat(['eg', 'EGY', 'E', '', '12', 'PS']);

describe('country names read off ICU by the build', () => {
  it('name every code as ICU does, in both languages', async () => {
    const plain = await freshLabels(undefined);
    const json = plain.regionNamesJson();
    const expected = CODES.flatMap((c) => [plain.countryName(c, 'en'), plain.countryName(c, 'ar')]);
    expect(expected.filter((n) => n !== null).length).toBeGreaterThan(400);
    const built = await freshLabels(json);
    expect(CODES.flatMap((c) => [built.countryName(c, 'en'), built.countryName(c, 'ar')])).toEqual(expected);
    expect(built.countryLabel('EG', 'en')).toBe('EG Egypt');
  });

  it('are what a code of two capital letters is named by, where this ICU made them', async () => {
    const made = JSON.parse((await freshLabels(undefined)).regionNamesJson()) as { names: Record<string, Record<string, string>> };
    made.names.en.EG = 'Egypt (as built)';
    delete made.names.en.FR;
    const built = await freshLabels(JSON.stringify(made));
    expect(built.countryName('EG', 'en')).toBe('Egypt (as built)');
    expect(built.countryName('FR', 'en')).toBeNull();
    expect(built.countryName('PS', 'en')).toBe('Palestine');
  });

  it('are not read where another ICU or CLDR made them', async () => {
    for (const key of ['icu', 'cldr']) {
      const made = JSON.parse((await freshLabels(undefined)).regionNamesJson()) as Record<string, unknown> & { names: Record<string, Record<string, string>> };
      made.names.en.EG = 'Egypt (as built)';
      made[key] = 'another';
      expect((await freshLabels(JSON.stringify(made))).countryName('EG', 'en'), key).toBe('Egypt');
    }
  });
});
