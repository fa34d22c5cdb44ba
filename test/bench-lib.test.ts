import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper of the bench, without types
import { cueLine, cueWords, halves, median, pairOrder, record, variant, verdict } from './bench-lib.mjs';
import { CUES } from '../src/lexicon/cues.js';

describe('bench helpers', () => {
  it('median of odd and even lists, NaN for none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('the jobs rounds time the ceiling and --jobs 2 back to back, first one then the other', () => {
    expect([0, 1, 2, 3].map(pairOrder)).toEqual([['c', 'j'], ['j', 'c'], ['c', 'j'], ['j', 'c']]);
  });

  it('halves split NDJSON at a line boundary, and concatenated give it back', () => {
    const text = Array.from({ length: 7 }, (_, i) => JSON.stringify({ id: i, text: `قال ${i}` })).join('\n') + '\n';
    const [a, b] = halves(text);
    expect(a + b).toBe(text);
    expect(a.split('\n')).toHaveLength(5); // four records and the final newline
    expect(b.split('\n')).toHaveLength(4);
    expect(halves('')).toEqual(['', '']);
  });

  it('records are distinct variants of their articles, one JSON line each', () => {
    const texts = ['فقرة أولى\nفقرة ثانية\nفقرة ثالثة'];
    const lines = [0, 1, 2, 3].map((i) => record(texts, i));
    expect(new Set(lines).size).toBe(4);
    for (const l of lines) expect(l.endsWith('\n') && !l.slice(0, -1).includes('\n')).toBe(true);
    expect(JSON.parse(lines[1]).text).toBe(variant(texts[0], 1));
    expect(variant(texts[0], 1)).toBe('(1) \nفقرة ثانية\nفقرة ثالثة\nفقرة أولى');
  });

  it('the adversarial line is cue words of the lexicon only, one line, as long as asked, the same every time', () => {
    const words = cueWords(CUES);
    expect(words).toContain('أكد');
    expect(words.length).toBeGreaterThan(50);
    const line = cueLine(words, 20_000);
    expect(Buffer.byteLength(line)).toBeGreaterThanOrEqual(20_000);
    expect(Buffer.byteLength(line)).toBeLessThan(20_100);
    expect(line).not.toMatch(/[\n.،:«»"!?؟]/);
    const known = new Set(words);
    for (const w of line.split(' ')) expect(known.has(w) || (w.startsWith('و') && known.has(w.slice(1)))).toBe(true);
    expect(cueLine(words, 20_000)).toBe(line);
  });

  it('verdict: lower is better unless said otherwise', () => {
    expect(verdict(1.9, 2)).toBe(true);
    expect(verdict(2.1, 2)).toBe(false);
    expect(verdict(0.96, 0.95, 'higher')).toBe(true);
    expect(verdict(0.9, 0.95, 'higher')).toBe(false);
  });
});
