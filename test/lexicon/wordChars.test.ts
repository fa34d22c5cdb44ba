import { describe, expect, it } from 'vitest';
import { BMP_WORD_RANGES, BMP_WORD_RANGES_UNICODE } from '../../src/lexicon/wordChars.js';
import { WORD_CHAR } from '../../src/lexicon/compile.js';

const spelled = new RegExp(`^[${BMP_WORD_RANGES}]$`, 'u');
const property = /^[\p{L}\p{M}\p{N}]$/u;

/** The BMP code units (surrogates aside) on which the two classes disagree, at most `max` of them. */
function disagreements(max: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < 0x10000 && out.length < max; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (spelled.test(ch) !== property.test(ch)) out.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return out;
}

describe('the letters, marks and digits of the BMP spelled out', () => {
  it.runIf(process.versions.unicode === BMP_WORD_RANGES_UNICODE)('are exactly [\\p{L}\\p{M}\\p{N}] on the BMP', () => {
    expect(disagreements(20)).toEqual([]);
  });

  it('hold the Arabic letters, marks and digits, Latin letters and digits, and no space or punctuation', () => {
    const word = new RegExp(`^${WORD_CHAR}+$`, 'u');
    expect(word.test('محمد')).toBe(true);
    expect(word.test('مُحَمَّد')).toBe(true);
    expect(word.test('٢٠١٥')).toBe(true);
    expect(word.test('UN2254')).toBe(true);
    for (const ch of [' ', '\n', '،', '.', '-', '«', '»', '"', '(', '؟']) expect(word.test(ch), ch).toBe(false);
  });

  it('stop at the BMP: an astral letter is not a word character', () => {
    expect(new RegExp(`^${WORD_CHAR}$`, 'u').test('𝐀')).toBe(false);
  });
});
