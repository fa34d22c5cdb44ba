import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Endings, endsWithAny } from '../../src/segment/tokens.js';

describe('endsWithAny', () => {
  it('answers as endsWith over the list does', () => {
    // a small alphabet, so that words share endings with the listed words often
    const word = fc.string({ unit: fc.constantFrom('و', 'ف', 'د', 'ا', 'ل', 'ج', 'ن', 'ب', 'ه'), maxLength: 8 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 5 }), (w, ends) => {
        expect(endsWithAny(w, ends)).toBe(ends.some((e) => w.endsWith(e)));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the delegation and side words at the end of a word with proclitics', () => {
    expect(endsWithAny('والوفد', ['وفد', 'الوفد'])).toBe(true);
    expect(endsWithAny('وفدا', ['وفد', 'الوفد'])).toBe(false);
    expect(endsWithAny('', ['الجانب'])).toBe(false);
    expect(endsWithAny('الجانب', [''])).toBe(true);
  });
});

describe('Endings', () => {
  it('answers as endsWith over the list does, with units of other blocks that share a low byte', () => {
    // ب (U+0628) and ( (U+0028) share their low byte: the table lets the word through, the compare answers
    const word = fc.string({ unit: fc.constantFrom('و', 'د', 'ا', 'ب', '(', 'ه', 'ġ'), maxLength: 6 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 4 }), (w, ends) => {
        expect(new Endings(ends).test(w)).toBe(ends.some((e) => w.endsWith(e)));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a side word at the end of a word, not a word ending in another letter', () => {
    const sides = new Endings(['الجانب', 'جانب', 'الوفد']);
    expect(sides.test('والجانب')).toBe(true);
    expect(sides.test('الجانبين')).toBe(false);
    expect(sides.test('')).toBe(false);
    expect(new Endings(['']).test('')).toBe(true);
  });

  it('tells endings that share their last letter apart by the letters before it', () => {
    const heads = new Endings(['جماعه', 'حركه', 'منظمه', 'ه', 'ب']);
    expect(heads.test('الحركه')).toBe(true);
    expect(heads.test('لجماعه')).toBe(true);
    expect(new Endings(['جماعه', 'حركه']).test('الدوله')).toBe(false);
    expect(new Endings(['جماعه', 'حركه']).test('ه')).toBe(false);
    expect(heads.test('الدوله')).toBe(true);
    expect(heads.test('حزب')).toBe(true);
  });
});
