import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../src/lexicon/countries.js';
import { countryByForm, isAmbiguousCountryForm, scan, type LexiconName } from './helpers.js';
import { normalizeForm } from '../../src/normalize/index.js';

/** Every phrase of a country lexicon in a text: [index, word, proclitics]. */
function matches(lexicon: LexiconName, text: string): [number, string, string][] {
  return scan(lexicon, text).map((f) => [f.index, f.w, f.pre]);
}

/** Every state that has the form among its names, nisba forms or capitals. */
function countriesByForm(form: string) {
  return COUNTRIES.filter((c) => [...c.names, ...c.nisba, ...c.capitals].some((f) => normalizeForm(f) === form));
}

const ARAB_LEAGUE = ['EG', 'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'YE', 'IQ', 'SY', 'LB', 'JO', 'PS', 'LY', 'TN', 'DZ', 'MA', 'MR', 'SD', 'SO', 'DJ', 'KM'];

describe('country lexicon data', () => {
  it('has 193 UN members plus PS, XK, TW, VA, EH, with valid unique ISO codes', () => {
    expect(COUNTRIES).toHaveLength(198);
    const codes = COUNTRIES.map((c) => c.iso);
    expect(new Set(codes).size).toBe(codes.length);
    const display = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const c of COUNTRIES) {
      expect(c.iso, c.en).toMatch(/^[A-Z]{2}$/);
      expect(display.of(c.iso), c.iso).not.toBe(c.iso);
      expect(c.names.length, c.iso).toBeGreaterThan(0);
      expect(c.capitals.length, c.iso).toBeGreaterThan(0);
    }
    for (const iso of ['PS', 'XK', 'TW', 'VA', 'EH']) expect(codes).toContain(iso);
  });

  it('gives every Arab League state all eight nisba forms', () => {
    for (const iso of ARAB_LEAGUE) {
      const c = COUNTRIES.find((x) => x.iso === iso);
      expect(c?.nisba.length ?? 0, iso).toBeGreaterThanOrEqual(8);
    }
  });

  it('maps no form to two states unless one of them lists it as ambiguous', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of COUNTRIES) {
      for (const f of new Set([...c.names, ...c.nisba, ...c.capitals].map(normalizeForm))) {
        const prev = owner.get(f);
        if (prev && prev !== c.iso && !isAmbiguousCountryForm(f)) clashes.push(`${f}: ${prev}/${c.iso}`);
        owner.set(f, c.iso);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists only forms of its own entry as ambiguous', () => {
    for (const c of COUNTRIES) {
      const own = new Set([...c.names, ...c.nisba, ...c.capitals].map(normalizeForm));
      for (const a of c.ambiguous ?? []) expect(own.has(normalizeForm(a)), `${c.iso} ${a}`).toBe(true);
    }
  });
});

describe('country nisba lexicon', () => {
  it('matches every nisba form of every state, alone and with و / ل clitics', () => {
    // One sentence per state and clitic (not one per form) keeps this fast.
    const missed: string[] = [];
    const clitics: [string, (f: string) => string][] = [
      ['', (f) => f],
      ['و', (f) => 'و' + f],
      ['ل', (f) => 'ل' + f.slice(1)], // ل + المصريين → للمصريين
    ];
    for (const c of COUNTRIES) {
      if (!c.nisba.length) continue;
      for (const [pre, attach] of clitics) {
        const got = matches('countryNisba', c.nisba.map((f) => `قال ${attach(f)} أمس`).join('، '));
        const ok =
          got.length === c.nisba.length &&
          got.every(([, w, p]) => p === pre && (countryByForm(w)?.iso === c.iso || isAmbiguousCountryForm(w)));
        if (!ok) missed.push(`${c.iso}/${pre}: ${got.map((g) => g[1]).join(' | ')}`);
      }
    }
    expect(missed).toEqual([]);
  }, 30_000); // thousands of forms: slow on a loaded machine, not a speed assertion

  it('finds "والمصرية" and "للمصريين" with offsets and clitics', () => {
    expect(matches('countryNisba', 'الحكومة والمصرية للمصريين')).toEqual([
      [8, 'المصريه', 'و'],
      [17, 'لمصريين', 'ل'],
    ]);
    expect(countryByForm('لمصريين')?.iso).toBe('EG');
  });

  it('prefers the two-word nisba: "الكوري الشمالي" is North Korea', () => {
    const m = matches('countryNisba', 'الزعيم الكوري الشمالي');
    expect(m).toEqual([[7, 'الكوري الشمالي', '']]);
    expect(countryByForm(m[0][1])?.iso).toBe('KP');
  });

  it('does not match inside a longer word or a bare adjective', () => {
    expect(matches('countryNisba', 'المصريينات مصري')).toEqual([]);
  });
});

describe('country name and capital lexicons', () => {
  it('finds names with clitics and the longest form', () => {
    const m = matches('countryNames', 'زار الولايات المتحدة الأمريكية وبسوريا');
    expect(m.map(([i, w]) => [i, w, countryByForm(w)?.iso])).toEqual([
      [4, 'الولايات المتحده الامريكيه', 'US'],
      [31, 'سوريا', 'SY'],
    ]);
  });

  it('maps variant spellings to one state', () => {
    for (const [form, iso] of [
      ['سورية', 'SY'], ['موريطانيا', 'MR'], ['أميركا', 'US'], ['بريطانيا العظمى', 'GB'],
      ['روسيا الاتحادية', 'RU'], ['المملكة المغربية', 'MA'], ['جمهورية مصر العربية', 'EG'],
      ['الأميركيين', 'US'], ['البريطانيون', 'GB'], ['الروس', 'RU'], ['الكرملين', 'RU'], ['الرباط', 'MA'],
    ]) {
      expect(countryByForm(normalizeForm(form))?.iso, form).toBe(iso);
    }
  });

  it('finds capitals, and names the city-states by their name first', () => {
    const m = matches('capitals', 'من طهران إلى أنقرة');
    expect(m.map(([i, w]) => [i, countryByForm(w)?.iso])).toEqual([[3, 'IR'], [13, 'TR']]);
    expect(countryByForm(normalizeForm('الجزائر'))?.iso).toBe('DZ');
  });

  it('keeps both readings of a shared form', () => {
    expect(countriesByForm(normalizeForm('عمّان')).map((c) => c.iso).sort()).toEqual(['JO', 'OM']);
    expect(isAmbiguousCountryForm(normalizeForm('المالية'))).toBe(true);
    expect(isAmbiguousCountryForm(normalizeForm('المصرية'))).toBe(false);
  });

  it('finds nothing in a sentence without states', () => {
    expect(matches('countryNames', 'عقد الاجتماع صباح اليوم')).toEqual([]);
    expect(matches('capitals', 'عقد الاجتماع صباح اليوم')).toEqual([]);
  });
});
