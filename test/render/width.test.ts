import { describe, expect, it } from 'vitest';
import { NO_COLUMN, ONE_COLUMN, charWidth, displayWidth, padEnd, wrap } from '../../src/render/width.js';

describe('displayWidth', () => {
  it.each([
    ['plain Arabic', 'محمد', 4],
    ['harakat take no column', 'مُحَمَّدٌ', 4],
    ['superscript alef and Quranic marks', 'رَحْمٰنِ ۖ', 5],
    ['tatweel is a visible stroke', 'مـحـمـد', 7],
    ['tatweel with harakat', 'مُـحَـمَّـد', 7],
    ['LRM, RLM, ALM, ZWJ, ZWNJ and bidi isolates take none', '\u200eأ\u200fب\u061cج\u200dد\u200cه\u2067و\u2069', 6],
    ['mixed Arabic, Latin and digits', 'قرار UNSC 2254 رقم ٢٢٥٤', 23],
    ['East Asian wide characters take two', '会议', 4],
    ['emoji take two', 'سلام 🙂', 7],
    ['ANSI colour codes take none', '\u001b[31mأحمر\u001b[39m', 4],
    ['control characters take none', 'a\u0007b', 2],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('single characters', () => {
    expect([charWidth('ـ'), charWidth('َ'), charWidth('\u202e'), charWidth('\ufeff'), charWidth('x'), charWidth('中')]).toEqual([1, 0, 0, 0, 1, 2]);
  });

  it('padEnd pads to display width, not code units', () => {
    expect(padEnd('مُحَمَّد', 6)).toBe('مُحَمَّد  ');
    expect(displayWidth(padEnd('مُحَمَّد', 6))).toBe(6);
  });
});

describe('wrap', () => {
  const statement = 'الحِفاظ على وحدة الدولة السورية وسيادتها وسلامة أراضيها';

  it('breaks at word boundaries within the width', () => {
    const lines = wrap(statement, 20);
    expect(lines.join(' ')).toBe(statement);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    expect(lines.length).toBeGreaterThan(1);
    // No word was split.
    for (const line of lines) for (const word of line.split(' ')) expect(statement.split(' ')).toContain(word);
  });

  it('counts harakat as zero when filling a line', () => {
    // 4 + 1 + 3 = 8 columns, though 16 code units: fits in 8, not in 7.
    expect(wrap('مُحَمَّدٌ عَلِيٌّ', 8)).toEqual(['مُحَمَّدٌ عَلِيٌّ']);
    expect(wrap('مُحَمَّدٌ عَلِيٌّ', 7)).toEqual(['مُحَمَّدٌ', 'عَلِيٌّ']);
  });

  it('cuts a word longer than the line between letters, keeping harakat on their letter', () => {
    const lines = wrap('وَالْمُسْتَشْفَيَاتِ', 4);
    expect(lines.join('')).toBe('وَالْمُسْتَشْفَيَاتِ');
    for (const line of lines) {
      expect(displayWidth(line)).toBeLessThanOrEqual(4);
      expect(line).not.toMatch(/^[\u064B-\u065F]/);
    }
  });

  it('folds newlines and runs of spaces, and keeps empty text as one empty line', () => {
    expect(wrap('أ  ب\nج', 80)).toEqual(['أ ب ج']);
    expect(wrap('', 10)).toEqual(['']);
  });
});

describe('the shortcut of displayWidth (characters of one column, and of none)', () => {
  /** The BMP characters of a regex class (surrogates aside). */
  const members = (cls: string) => {
    const re = new RegExp(`^[${cls}]$`);
    const out: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) if ((cp < 0xd800 || cp > 0xdfff) && re.test(String.fromCharCode(cp))) out.push(String.fromCharCode(cp));
    return out;
  };

  it('holds only characters that take one column, and characters that take none', () => {
    const one = members(ONE_COLUMN);
    const none = members(NO_COLUMN);
    expect(one.length).toBeGreaterThan(800);
    expect(none.length).toBe(15);
    expect(one.filter((ch) => charWidth(ch) !== 1).map((ch) => ch.charCodeAt(0).toString(16))).toEqual([]);
    expect(none.filter((ch) => charWidth(ch) !== 0).map((ch) => ch.charCodeAt(0).toString(16))).toEqual([]);
  });

  it('gives the widths the count by character gives', () => {
    for (const text of ['قرار UNSC 2254، رقم ٢٢٥٤؟', 'مُؤكداً قدماً البلديّن', '\u2067سامح شكري\u2069 (EG) — «…»', '\u200eأ\u200fب', 'مُحَمَّد', '会议 سلام 🙂', 'a\u0007b', '']) {
      let expected = 0;
      for (const ch of text) expected += charWidth(ch);
      expect(displayWidth(text), text).toBe(expected);
    }
  });
});
