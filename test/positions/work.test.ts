import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/document.js';
import { buildIndex, type Entity, type Mention } from '../../src/entities/model.js';
import { findPositions } from '../../src/positions/index.js';

// Work, not time: count how often positions reads the article's mention list. Scanning the list
// from every cue (to its start or end) would grow with cues × mentions; lookups by binary search
// grow with cues × log(mentions), so doubling the article must not much more than double the reads.

const UNIT = 'وقال الوزير سمير داود إن الوضع مستقر. وأضاف أن الحوار مستمر، مؤكدا على «أهمية التهدئة بين جميع الأطراف» حسبما صرح داود. وأكد الجانبان التزامهما. ';

function readsFor(copies: number): { reads: number; positions: number } {
  const text = UNIT.repeat(copies);
  const doc = createDoc(text);
  const mentions: Mention[] = [];
  for (let at = doc.norm.indexOf('سمير داود'); at >= 0; at = doc.norm.indexOf('سمير داود', at + 1)) mentions.push({ start: at, end: at + 9, entity: 0, type: 'name', rule: 'test' });
  const person: Entity = { id: 0, kind: 'person', name: 'سمير داود', aliases: [], roles: [], roleKind: null, country: null, organization: null, mentions };
  const index = buildIndex([person]);
  let reads = 0;
  const counted = new Proxy(index.mentions, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  const positions = findPositions(doc, { ...index, mentions: counted }, []);
  return { reads, positions: positions.length };
}

describe('work grows linearly with the number of cues', () => {
  it('reads the mention list O(n log n) times, not O(n²)', () => {
    const small = readsFor(400);
    const large = readsFor(800);
    expect(small.positions).toBeGreaterThan(400);
    expect(large.positions).toBeGreaterThan(small.positions * 1.9);
    expect(large.reads / small.reads).toBeLessThan(2.6);
  });
});
