import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginal, type Normalized } from '../../src/normalize/index.js';
import { adversarialText, anyUnicode, params } from './arbitraries.js';

/**
 * The offset map of the normalised copy, for any text: it is a monotonic map onto the original,
 * normalising is idempotent and works code unit by code unit, and every normalised span maps back
 * to an original span whose normalisation holds it. Cases: 3,000 + 1,500 + 1,500 + 1,000 + 1,000.
 */

const texts = fc.oneof(anyUnicode(80), adversarialText(20));

function mapIsMonotonic(n: Normalized): void {
  expect(n.map.length).toBe(n.norm.length + 1);
  expect(n.map[n.norm.length]).toBe(n.text.length);
  for (let i = 0; i < n.norm.length; i++) {
    if (n.map[i] > n.map[i + 1]) throw new Error(`map decreases at ${i}: ${n.map[i]} > ${n.map[i + 1]}`);
    if (n.map[i] < 0 || n.map[i] >= n.text.length) throw new Error(`map[${i}] = ${n.map[i]} is not an index of the text`);
  }
}

/** A normalised span [start, end) with 0 <= start <= end <= norm.length, for a text. */
const textWithSpan = texts.chain((text) => {
  const len = normalize(text).norm.length;
  return fc.tuple(fc.constant(text), fc.integer({ min: 0, max: len }), fc.integer({ min: 0, max: len })).map(([t, a, b]) => [t, Math.min(a, b), Math.max(a, b)] as const);
});

describe('normalize() offset map', () => {
  it('is monotonic, one entry per normalised code unit, and ends at text.length', () => {
    fc.assert(fc.property(texts, (text) => mapIsMonotonic(normalize(text))), params(3000));
  });

  it('is idempotent on its output', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const once = normalize(text).norm;
        expect(normalize(once).norm).toBe(once);
      }),
      params(1500),
    );
  });

  it('works code unit by code unit: normalising a concatenation concatenates the normalisations', () => {
    fc.assert(
      fc.property(texts, texts, (a, b) => {
        expect(normalize(a + b).norm).toBe(normalize(a).norm + normalize(b).norm);
      }),
      params(1500),
    );
  });

  it('maps every normalised span back to a valid original span that, normalised, holds it', () => {
    fc.assert(
      fc.property(textWithSpan, ([text, start, end]) => {
        const n = normalize(text);
        const o = toOriginal(n, start, end);
        expect(0 <= o.start && o.start <= o.end && o.end <= text.length).toBe(true);
        expect(normalize(text.slice(o.start, o.end)).norm).toContain(n.norm.slice(start, end));
      }),
      params(1000),
    );
  });

  it('maps a span that does not cut a replacement to an original span that normalises to exactly it', () => {
    fc.assert(
      fc.property(textWithSpan, ([text, start, end]) => {
        const n = normalize(text);
        const cutsStart = start > 0 && start < n.norm.length && n.map[start - 1] === n.map[start];
        const cutsEnd = end > 0 && end < n.norm.length && n.map[end - 1] === n.map[end];
        fc.pre(end > start && !cutsStart && !cutsEnd);
        const o = toOriginal(n, start, end);
        expect(normalize(text.slice(o.start, o.end)).norm).toBe(n.norm.slice(start, end));
      }),
      params(1000),
    );
  });
});
