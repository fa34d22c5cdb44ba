import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../src/segment/tokens.js';

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** The joined flag as its definition reads: only spaces (one or more) before the word, or one hyphen between two Arabic letters. */
function joinedByDefinition(norm: string, prevEnd: number, start: number): boolean {
  if (start - prevEnd === 1 && norm[prevEnd] === '-') return ARABIC_LETTER.test(norm[prevEnd - 1] ?? '') && ARABIC_LETTER.test(norm[start]);
  return /^ +$/.test(norm.slice(prevEnd, start));
}

describe('tokenize: joined', () => {
  it('marks a word joined to the word before exactly where only spaces or a name hyphen separate them', () => {
    const text = fc.string({ unit: fc.constantFrom('ب', 'ن', 'a', '1', ' ', ' ', '  ', '\t', '\n', '-', '،', '.', '\u064E'), maxLength: 40 });
    fc.assert(
      fc.property(text, (norm) => {
        const { words } = tokenize(norm);
        words.forEach((t, k) => expect(t.joined).toBe(k > 0 && joinedByDefinition(norm, words[k - 1].end, t.start)));
      }),
      { numRuns: 3000 },
    );
  });
});
