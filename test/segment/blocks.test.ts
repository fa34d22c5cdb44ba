import { describe, expect, it } from 'vitest';
import { blocksBy, lowerBoundByEndIn, lowerBoundByIndexIn, lowerBoundByStartIn } from '../../src/segment/blocks.js';
import { lowerBound } from '../../src/segment/search.js';
import { tokenize, tokensIn } from '../../src/segment/tokens.js';
import { createDoc, cueFrom, wordAt } from '../../src/document.js';

// Spans of a text of 100 characters: several in one block of 16 offsets, equal starts, a long gap
// (blocks with no span), one span running over several blocks.
const spans = [
  { start: 0, end: 3 },
  { start: 4, end: 7 },
  { start: 8, end: 9 },
  { start: 8, end: 15 },
  { start: 40, end: 41 },
  { start: 42, end: 80 },
  { start: 81, end: 99 },
];
const byEnd = [...spans].sort((a, b) => a.end - b.end);

describe('block tables', () => {
  it('answer every lower bound as a binary search over all the items does, past the text too', () => {
    const starts = blocksBy(spans, 'start', 100);
    const ends = blocksBy(byEnd, 'end', 100);
    for (let x = -2; x <= 140; x++) {
      expect(lowerBoundByStartIn(spans, starts, x)).toBe(lowerBound(spans, x, (s) => s.start));
      expect(lowerBoundByEndIn(byEnd, ends, x)).toBe(lowerBound(byEnd, x, (s) => s.end));
    }
  });

  it('answer 0 for an empty list, and for a table made for a shorter text than asked about', () => {
    expect(lowerBoundByStartIn([], blocksBy([], 'start', 50), 20)).toBe(0);
    const short = blocksBy(spans, 'start', 10);
    for (let x = 0; x <= 120; x++) expect(lowerBoundByStartIn(spans, short, x)).toBe(lowerBound(spans, x, (s) => s.start));
    const hits = [{ index: 3 }, { index: 3 }, { index: 50 }];
    const table = blocksBy(hits, 'index', 60);
    for (let x = 0; x <= 70; x++) expect(lowerBoundByIndexIn(hits, table, x)).toBe(lowerBound(hits, x, (h) => h.index));
  });

  it('serve tokensIn, the words and the cue hits of a document as the binary searches did', () => {
    const text = 'قال الوزير سامر الحديدي إن الخطة ناجحة، وأكد أن التنفيذ يبدأ غدا. وأضاف أن الميزانية كافية.';
    const doc = createDoc(text);
    for (let at = 0; at <= doc.norm.length + 3; at++) {
      expect(wordAt(doc, at)).toBe(lowerBound(doc.tokens, at, (t) => t.start));
      expect(cueFrom(doc, at)).toBe(lowerBound(doc.cues, at, (h) => h.index));
      // the tokens that overlap [at, at + 20), cut to it, the first five
      const to = Math.min(at + 20, doc.norm.length);
      const expected = tokenize(doc.norm)
        .all.filter((t) => t.end > at && t.start < to)
        .slice(0, 5)
        .map((t) => [Math.max(t.start, at), Math.min(t.end, to)]);
      expect(tokensIn(doc, at, at + 20, 5).map((t) => [t.start, t.end])).toEqual(at < to ? expected : []);
    }
    expect(doc.cues.length).toBeGreaterThan(2);
  });
});
