import { describe, expect, it } from 'vitest';
import { MAY_CHANGE, normalize, normalizeForm, toOriginal } from '../../src/normalize/index.js';

/** The original text of the first normalised occurrence of `form` (normalised), with its span. */
function back(text: string, form: string): { start: number; end: number; text: string } {
  const n = normalize(text);
  const at = n.norm.indexOf(normalizeForm(form));
  if (at < 0) throw new Error(`"${form}" not in "${n.norm}"`);
  const o = toOriginal(n, at, at + normalizeForm(form).length);
  return { ...o, text: text.slice(o.start, o.end) };
}

describe('normalize() offset map', () => {
  it('maps a word back with the harakat at its end included', () => {
    const text = 'قالَ وَزِيرُ الخَارِجِيَّةِ: نعم';
    expect(back(text, 'الخارجية')).toEqual({ start: 13, end: 27, text: 'الخَارِجِيَّةِ' });
    expect(back(text, 'وزير')).toEqual({ start: 5, end: 12, text: 'وَزِيرُ' });
  });

  it('does not run past the word: a trailing space or letter is not a mark', () => {
    const text = 'مصرُ والأردن';
    expect(back(text, 'مصر')).toEqual({ start: 0, end: 4, text: 'مصرُ' });
    expect(back(text, 'والاردن')).toEqual({ start: 5, end: 12, text: 'والأردن' });
  });

  it('keeps tatweel inside a word and bidi marks around it out of the evidence', () => {
    const text = '\u200Fمـــصر\u200F';
    expect(back(text, 'مصر')).toEqual({ start: 1, end: 7, text: 'مـــصر' });
  });

  it('maps every letter of an expanded ligature to the ligature', () => {
    const text = 'ﻻ بد';
    const n = normalize(text);
    expect(n.norm).toBe('لا بد');
    expect([...n.map]).toEqual([0, 0, 1, 2, 3, 4]);
    expect(toOriginal(n, 1, 2)).toEqual({ start: 0, end: 1 });
    expect(back(text, 'لا بد').text).toBe('ﻻ بد');
  });

  it('grows the map for ligatures longer than two letters', () => {
    const text = 'ﷺ'.repeat(3) + 'ب';
    const n = normalize(text);
    expect(n.norm.length).toBe(18 * 3 + 1);
    expect(n.map.length).toBe(n.norm.length + 1);
    expect(n.map[18 * 3]).toBe(3);
    expect(n.map[n.norm.length]).toBe(4);
    expect(toOriginal(n, 18, 36)).toEqual({ start: 1, end: 2 });
  });

  it('maps digits one to one', () => {
    expect(back('القرار ٢٢٥٤ لعام ٢٠١٥', '2254')).toEqual({ start: 7, end: 11, text: '٢٢٥٤' });
  });

  it('leaves an unchanged text unchanged, with the identity map', () => {
    const text = 'مصر و  الاردن\n';
    const n = normalize(text);
    expect(n.norm).toBe(text);
    expect([...n.map]).toEqual([...Array(text.length + 1).keys()]);
  });

  it('maps the empty span at the end to the end of the text', () => {
    const n = normalize('مصرَ');
    expect(toOriginal(n, 3, 3)).toEqual({ start: 4, end: 4 });
    expect(toOriginal(n, 0, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('normalizeForm()', () => {
  it('normalises a lexicon form, collapsing and trimming spaces', () => {
    expect(normalizeForm('  وَزِير   الخارجيّة ')).toBe('وزير الخارجيه');
    expect(normalizeForm('الأمين\u00A0العام')).toBe('الامين العام');
  });

  it('keeps single newlines and inner punctuation', () => {
    expect(normalizeForm('قرار، رقم')).toBe('قرار، رقم');
  });
});

describe('MAY_CHANGE (normalizeForm skips what it does not hold)', () => {
  it('holds every code unit that normalising changes', () => {
    const missed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!MAY_CHANGE.test(ch) && normalize(ch).norm !== ch) missed.push(c.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('normalises a form with and without characters to change', () => {
    expect(normalizeForm('وزيرُ  الخارجيّة')).toBe('وزير الخارجيه');
    expect(normalizeForm('مصر')).toBe('مصر');
    expect(normalizeForm(' UN ')).toBe('un');
  });
});

describe('normalizeForm() against normalize()', () => {
  it('is normalize() with runs of spaces collapsed and the ends trimmed, for every BMP code unit and mixes of them', () => {
    const oracle = (s: string) => normalize(s).norm.replace(/ {2,}/g, ' ').trim();
    const mismatches: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `ا${String.fromCharCode(c)}ب  ${String.fromCharCode(c)}`;
      if (normalizeForm(s) !== oracle(s)) mismatches.push(c.toString(16));
    }
    expect(mismatches).toEqual([]);
    // Deterministic mixes of letters, marks, presentation forms, digits and spaces.
    const pool = 'اأإآىيئةؤوکیـًٌٍَُِّْٰﻻﷺ٠١٢ ۱۲ \u00A0\u200F\t\r\nABCabc';
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let k = 0; k < 1 + (n % 12); k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        s += pool[seed % pool.length];
      }
      expect(normalizeForm(s)).toBe(oracle(s));
    }
  });
});
