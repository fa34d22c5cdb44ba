import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/document.js';
import type { ResolutionGroup } from '../../src/resolutions/merge-mentions.js';
import { overlaps } from '../../src/resolutions/merge-mentions.js';
import { isPlausibleYear } from '../../src/resolutions/numbers.js';
import { addRepeatedNumbers } from '../../src/resolutions/repeated-number.js';
import { params } from '../property/arbitraries.js';
import { find } from './helpers.js';

/**
 * The rule as first written: one regex per cited number, matched over the whole text. Kept here as
 * the oracle the single-scan version must agree with.
 */
function referenceAddRepeated(norm: string, groups: ResolutionGroup[]): void {
  const taken = groups.flatMap((g) => g.mentions.map((m) => m.span));
  for (const g of groups) {
    const digits = g.number.replace(/\/.*/, '');
    if (digits.length < 3 || isPlausibleYear(Number(g.number))) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}/.,٫])${g.number.replace('/', '\\/')}(?![\\p{L}\\p{N}/]|[.,٫]\\d)`, 'gu');
    const first = g.mentions[0].span.end;
    for (const m of norm.matchAll(re)) {
      const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
      if (span.start < first || taken.some((t) => overlaps(t, span))) continue;
      g.mentions.push({ number: g.number, stated: null, body: g.body, year: null, span, rule: 'repeated-number', trail: [], cues: [] });
      taken.push(span);
    }
    g.mentions.sort((a, b) => a.span.start - b.span.start);
  }
}

const NUMBERS = ['2254', '242', '67/19', '2014', '45', '377', '1701'];
const PIECES = [...NUMBERS, ' ', ' و', '/', '.', ',', '٫', '.5', '/2015', 'قرار', 'x', '1', '(', ')', '2254/2015', '12/5/2015'];

/** Groups over the text: each with a first mention at a random place of its number (or none). */
function groupsFor(norm: string, picks: { number: string; body: 'UNSC' | 'UNGA' | null; nth: number }[]): ResolutionGroup[] {
  const groups: ResolutionGroup[] = [];
  for (const p of picks) {
    const places: number[] = [];
    for (let at = norm.indexOf(p.number); at >= 0; at = norm.indexOf(p.number, at + 1)) places.push(at);
    if (places.length === 0) continue;
    const start = places[p.nth % places.length];
    groups.push({ body: p.body, number: p.number, year: null, mentions: [{ number: p.number, stated: null, body: p.body, year: null, span: { start, end: start + p.number.length }, rule: 'test', trail: [], cues: [] }] });
  }
  return groups;
}

describe('addRepeatedNumbers: one scan for every cited number', () => {
  it('adds exactly what one regex per number added (differential, random texts and groups)', () => {
    const pick = fc.record({ number: fc.constantFrom(...NUMBERS), body: fc.constantFrom<'UNSC' | 'UNGA' | null>('UNSC', 'UNGA', null), nth: fc.nat(5) });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.array(pick, { maxLength: 4 }), (pieces, picks) => {
        const norm = pieces.join('');
        const mine = groupsFor(norm, picks);
        const oracle = groupsFor(norm, picks);
        addRepeatedNumbers(norm, mine);
        referenceAddRepeated(norm, oracle);
        expect(mine.map((g) => g.mentions.map((m) => m.span))).toEqual(oracle.map((g) => g.mentions.map((m) => m.span)));
      }),
      params(3000),
    );
  });

  it('compiles no regex per article (counts RegExp constructions on a second article)', () => {
    const text = 'وأشار إلى قرار مجلس الأمن رقم 2254 وقرار الجمعية العامة 67/19 والقرار 1701. وطالب بتنفيذ 2254 ثم 1701 ثم 67/19 فورا.';
    find(text); // module-level regexes of every stage are built by now
    const Original = globalThis.RegExp;
    let built = 0;
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args, newTarget) {
        built++;
        return Reflect.construct(target, args, newTarget) as object;
      },
    });
    let found;
    try {
      found = find(text.replace(/2254/g, '2216').replace('1701', '1559').replace(/1701/g, '1559'));
    } finally {
      globalThis.RegExp = Original;
    }
    expect(found.map((r) => [r.number, r.mentions.length])).toEqual([['2216', 2], ['67/19', 1], ['1559', 2]]);
    expect(built).toBe(0);
  });

  it('returns on thousands of cited numbers each repeated in a long text', () => {
    const numbers = Array.from({ length: 3000 }, (_, i) => String(3000 + i));
    const text = numbers.map((n) => `وذكّر بقرار مجلس الأمن ${n}.`).join(' ') + ' ' + `${numbers.join(' ، ')} ، `.repeat(3);
    const found = find(text);
    expect(found).toHaveLength(3000);
    expect(found.every((r) => r.mentions.length === 4)).toBe(true);
    expect(createDoc(text).norm.length).toBeGreaterThan(60_000);
  });
});
