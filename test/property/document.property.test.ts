import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc, orig, sentenceAt } from '../../src/document.js';
import { adversarialText, anyUnicode, params } from './arbitraries.js';

/**
 * Sentences and paragraphs of any text: in order, non-overlapping, trimmed, non-empty, inside the
 * normalised copy; sentenceAt finds exactly the sentence holding an offset. Cases: 1,500.
 */
describe('createDoc() segmentation', () => {
  it('gives ordered, disjoint, trimmed sentences and paragraphs, and sentenceAt agrees with them', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnicode(80), adversarialText(30)), (text) => {
        const doc = createDoc(text);
        for (const spans of [doc.sentences, doc.paragraphs]) {
          let last = 0;
          for (const s of spans) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(doc.norm.length);
            last = s.end;
            const o = orig(doc, s);
            expect(0 <= o.start && o.start < o.end && o.end <= text.length).toBe(true);
          }
        }
        for (const s of doc.sentences) expect(doc.norm.slice(s.start, s.end)).toBe(doc.norm.slice(s.start, s.end).trim());
        // walk the offsets and the sentences together (plain comparisons: this loop is hot)
        let k = 0;
        for (let at = 0; at <= doc.norm.length; at++) {
          while (k < doc.sentences.length && doc.sentences[k].end <= at) k++;
          const holder = k < doc.sentences.length && doc.sentences[k].start <= at ? k : -1;
          const found = sentenceAt(doc, at);
          if (found !== holder) throw new Error(`sentenceAt(${at}) = ${found}, expected ${holder}`);
        }
      }),
      params(1500),
    );
  }, 240_000);
});
