import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, type Entity, type Mention } from '../../src/entities/model.js';
import { params } from './arbitraries.js';

/**
 * The entity index answers its position lookups by binary search (a linear scan per call was
 * quadratic on long inputs). These properties pin its answers to the plain scans it replaced,
 * on overlapping, nested, equal and adjacent mentions of people and organisations.
 */

const entityArb = fc.array(
  fc.record({
    kind: fc.constantFrom('person' as const, 'organization' as const, 'country' as const),
    spans: fc.array(fc.tuple(fc.nat(60), fc.nat(8)), { maxLength: 6 }),
  }),
  { maxLength: 8 },
);

function entitiesOf(raw: { kind: Entity['kind']; spans: [number, number][] }[]): Entity[] {
  return raw.map((r, id) => ({
    id, kind: r.kind, name: `e${id}`, aliases: [], roles: [], roleKind: null, country: null, organization: null,
    mentions: r.spans.map(([start, len]): Mention => ({ start, end: start + len, entity: id, type: 'name', rule: 't' })),
  }));
}

describe('buildIndex lookups', () => {
  it('firstMentionIn(start, end) is the first mention, in index order, starting within [start, end)', () => {
    fc.assert(
      fc.property(entityArb, fc.nat(70), fc.nat(30), (raw, start, width) => {
        const index = buildIndex(entitiesOf(raw));
        const expected = index.mentions.find((m) => m.start >= start && m.start < start + width);
        expect(index.firstMentionIn(start, start + width)).toBe(expected);
      }),
      params(1000),
    );
  });

  it('lastPersonBefore(pos) is the person mention ending last at or before pos (the later start on a tie)', () => {
    fc.assert(
      fc.property(entityArb, fc.nat(75), (raw, pos) => {
        const index = buildIndex(entitiesOf(raw));
        let expected: Mention | undefined;
        for (const m of index.mentions) {
          if (m.end > pos || index.entities[m.entity].kind !== 'person') continue;
          if (!expected || m.end > expected.end || (m.end === expected.end && m.start >= expected.start)) expected = m;
        }
        expect(index.lastPersonBefore(pos)).toBe(expected);
      }),
      params(1000),
    );
  });

  it('firstPersonIn(start, end) is the first person mention, in index order, starting within [start, end)', () => {
    fc.assert(
      fc.property(entityArb, fc.nat(70), fc.nat(30), (raw, start, width) => {
        const index = buildIndex(entitiesOf(raw));
        const expected = index.mentions.find((m) => m.start >= start && m.start < start + width && index.entities[m.entity].kind === 'person');
        expect(index.firstPersonIn(start, start + width)).toBe(expected);
      }),
      params(1000),
    );
  });

  it('mentionFrom(at) is the index of the first mention starting at or after at', () => {
    fc.assert(
      fc.property(entityArb, fc.nat(75), (raw, at) => {
        const index = buildIndex(entitiesOf(raw));
        const k = index.mentions.findIndex((m) => m.start >= at);
        expect(index.mentionFrom(at)).toBe(k < 0 ? index.mentions.length : k);
      }),
      params(1000),
    );
  });
});
