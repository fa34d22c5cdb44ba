import { describe, expect, it } from 'vitest';
import {
  BMP_LETTER_DIGIT_RANGES,
  BMP_LETTER_RANGES,
  BMP_MARK_RANGES,
  BMP_NUMBER_RANGES,
  BMP_WORD_RANGES,
  BMP_WORD_RANGES_UNICODE,
  LETTER,
  LETTER_OR_DIGIT,
  isSpaceUnit,
} from '../../src/lexicon/wordChars.js';
import { WORD_CHAR } from '../../src/lexicon/compile.js';

/** The BMP code units (surrogates aside) on which the ranges and the property class disagree, at most `max` of them. */
function disagreements(ranges: string, property: RegExp, max = 20): string[] {
  const spelled = new RegExp(`^[${ranges}]$`, 'u');
  const out: string[] = [];
  for (let c = 0; c < 0x10000 && out.length < max; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (spelled.test(ch) !== property.test(ch)) out.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return out;
}

describe('the letters, marks and digits of the BMP spelled out', () => {
  it('hold the characters themselves, not regex escapes (six code units each for the regex parser)', () => {
    for (const ranges of [BMP_WORD_RANGES, BMP_LETTER_RANGES, BMP_LETTER_DIGIT_RANGES, BMP_NUMBER_RANGES, BMP_MARK_RANGES]) expect(ranges).not.toContain('\\');
  });

  it.runIf(process.versions.unicode === BMP_WORD_RANGES_UNICODE)('are exactly [\\p{L}\\p{M}\\p{N}] on the BMP', () => {
    expect(disagreements(BMP_WORD_RANGES, /^[\p{L}\p{M}\p{N}]$/u)).toEqual([]);
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

describe('the letters, digits and marks of the BMP spelled out one by one', () => {
  it.runIf(process.versions.unicode === BMP_WORD_RANGES_UNICODE)('are exactly \\p{L}, [\\p{L}\\p{N}], \\p{N} and \\p{M} on the BMP', () => {
    expect(disagreements(BMP_LETTER_RANGES, /^\p{L}$/u)).toEqual([]);
    expect(disagreements(BMP_LETTER_DIGIT_RANGES, /^[\p{L}\p{N}]$/u)).toEqual([]);
    expect(disagreements(BMP_NUMBER_RANGES, /^\p{N}$/u)).toEqual([]);
    expect(disagreements(BMP_MARK_RANGES, /^\p{M}$/u)).toEqual([]);
  });

  it('tell a letter from a digit, a mark and punctuation', () => {
    const letter = new RegExp(`^${LETTER}+$`, 'u');
    const letterOrDigit = new RegExp(`^${LETTER_OR_DIGIT}+$`, 'u');
    expect(letter.test('محمد')).toBe(true);
    expect(letter.test('UN')).toBe(true);
    expect(letter.test('٢٠١٥')).toBe(false);
    expect(letter.test('\u064E')).toBe(false);
    expect(letterOrDigit.test('UN2254')).toBe(true);
    expect(letterOrDigit.test('٢٠١٥')).toBe(true);
    for (const ch of [' ', '،', '.', '«', '\u064E']) expect(letterOrDigit.test(ch), ch).toBe(false);
  });
});

describe('isSpaceUnit', () => {
  it('answers as /\\s/ and String.prototype.trim do for every BMP code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceUnit(c) !== /\s/.test(ch) || isSpaceUnit(c) !== (ch.trim() === '')) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('is false for letters, digits and punctuation', () => {
    for (const ch of ['ا', 'a', '5', '.', '،', '\u200b']) expect(isSpaceUnit(ch.charCodeAt(0))).toBe(false);
  });
});
