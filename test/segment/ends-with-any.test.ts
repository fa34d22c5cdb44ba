import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endsWithAny } from '../../src/segment/tokens.js';

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
