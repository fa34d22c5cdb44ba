import { describe, expect, it } from 'vitest';
import { tokenize, tokensIn as tokensInSource, tokensBefore as tokensBeforeSource } from '../../src/segment/tokens.js';

/** tokensIn over a text's own tokens, as a rule reads them from its document. */
const tokensIn = (norm: string, from: number, to: number, max?: number) => tokensInSource({ norm, all: tokenize(norm).all }, from, to, max).map(({ start, end, text, word }) => ({ start, end, text, word }));
const tokensBefore = (norm: string, from: number, at: number, max?: number) => tokensBeforeSource({ norm, all: tokenize(norm).all }, from, at, max);

/** The plain regex reading tokensIn must agree with (its table-driven scan is an optimisation). */
function reference(norm: string, from: number, to: number, max = 60): { start: number; end: number; text: string; word: boolean }[] {
  const out = [];
  const re = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
  re.lastIndex = from;
  for (let m = re.exec(norm); m && m.index < to && out.length < max; m = re.exec(norm)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ start: m.index, end, text: norm.slice(m.index, end), word: /[\p{L}\p{N}]/u.test(m[0]) });
  }
  return out;
}

describe('tokensIn', () => {
  it('splits words, digits and single punctuation marks, with offsets', () => {
    const norm = 'قال الوزير: «نرفض 2254» ،';
    const toks = tokensIn(norm, 0, norm.length);
    expect(toks.map((t) => t.text)).toEqual(['قال', 'الوزير', ':', '«', 'نرفض', '2254', '»', '،']);
    for (const t of toks) expect(norm.slice(t.start, t.end)).toBe(t.text);
    expect(toks.filter((t) => t.word).map((t) => t.text)).toEqual(['قال', 'الوزير', 'نرفض', '2254']);
  });

  it('reads an astral letter or digit as part of a word, as the Unicode properties do', () => {
    // 𝐀 (U+1D400) is a letter, 𝟏 (U+1D7CF) a digit, 😀 neither: the tokenizer classes BMP code
    // units by spelled-out ranges and astral code points by the properties themselves
    const norm = 'قال 𝐀𝐁 و𝟏 😀 نعم';
    expect(tokensIn(norm, 0, norm.length)).toEqual(reference(norm, 0, norm.length));
    expect(tokensIn(norm, 0, norm.length).map((t) => t.text)).toEqual(['قال', '𝐀𝐁', 'و𝟏', '😀', 'نعم']);
  });

  it('cuts the last word at `to`, starts mid-word at `from`, and stops at max', () => {
    const norm = 'اكد الرئيس موقفه';
    expect(tokensIn(norm, 2, 8).map((t) => [t.start, t.end, t.text])).toEqual([
      [2, 3, 'د'],
      [4, 8, 'الرئ'],
    ]);
    expect(tokensIn(norm, 0, norm.length, 2).map((t) => t.text)).toEqual(['اكد', 'الرئيس']);
    expect(tokensIn(norm, 0, norm.length, 0)).toEqual([]);
    expect(tokensBefore(norm, 0, norm.length, 2).map((t) => t.text)).toEqual(['موقفه', 'الرئيس']);
  });

  it('a run of marks alone is no word', () => {
    const norm = 'قال \u064E\u064F هنا';
    const marks = tokensIn(norm, 0, norm.length).find((t) => t.start === 4);
    expect(marks).toMatchObject({ end: 6, word: false });
  });

  it('agrees with the regex reading on mixed text, surrogate pairs included', () => {
    const pool = ['ق', 'ا', 'ل', ' ', ' ', '\n', '،', '.', '«', '»', '5', '٣', 'a', '\u064E', '\u00A0', '😀', '\uD83D', '\uDE00', '𝐀', '\u200F'];
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let trial = 0; trial < 400; trial++) {
      const norm = Array.from({ length: 1 + rand(30) }, () => pool[rand(pool.length)]).join('');
      const from = rand(norm.length + 1);
      const to = from + rand(norm.length + 2 - from);
      const max = 1 + rand(8);
      expect(tokensIn(norm, from, to, max)).toEqual(reference(norm, from, to, max));
    }
  });

  it('finds its first token from any offset of a text of thousands of tokens (searched through its block table)', () => {
    // words and runs of spaces of every length, so that tokens start, end and straddle the blocks anywhere
    const parts = ['وقال', 'الوزير', ' ', '   ', '،', 'ان', 'المفاوضات', '                                   ', '«', 'ستستانف', '»', '2254', 'م'];
    let seed = 11;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const norm = Array.from({ length: 9000 }, () => parts[rand(parts.length)] + (rand(2) ? ' ' : '')).join('');
    const src = { norm, all: tokenize(norm).all };
    expect(src.all.length).toBeGreaterThan(4096);
    for (let from = 0; from < norm.length; from += 1 + rand(7)) {
      const to = Math.min(norm.length, from + 1 + rand(200));
      const got = tokensInSource(src, from, to, 4).map(({ start, end, text, word }) => ({ start, end, text, word }));
      expect(got).toEqual(reference(norm, from, to, 4));
    }
  });
});
