import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { contractViolations } from './invariants.js';
import { adversarialText, anyUnicode, params, repeatedText, SCALE, SEED, SENTENCES } from './arbitraries.js';

/**
 * summarize() on any input: never throws, and keeps the contract (schema, offsets inside the text,
 * evidence slices equal to what they claim). Seeded: a failure prints its seed and counterexample,
 * replay it with FC_SEED=<seed>. Cases here: 5,000 + 5,000 + 40 + 12 fixed (see each numRuns); the
 * last test counts them, so `npm test` provably runs at least 10,000 summarize() cases.
 */

// A generous cap, not a speed assert: only a runaway (super-linear) stage would come near it.
const CAP = 240_000;

/** How many inputs holdsContract() has checked in this file (random and fixed). */
let checked = 0;

/** Summarise and check; the thrown message holds every broken rule and the input's length. */
function holdsContract(text: string): void {
  checked++;
  const summary = summarize(text);
  // offsets are into the article as decoded, after a leading byte-order mark is dropped
  const bad = contractViolations(text.replace(/^\uFEFF/, ''), summary);
  if (bad.length) throw new Error(`${bad.length} contract violation(s) for input of length ${text.length}:\n${bad.slice(0, 8).join('\n')}`);
}

describe('summarize() on arbitrary input', () => {
  it('never throws and keeps the contract on arbitrary Unicode (binary, graphemes, Arabic mixed, lone surrogates)', () => {
    fc.assert(fc.property(anyUnicode(60), holdsContract), params(5000));
  }, CAP);

  it('never throws and keeps the contract on adversarial Arabic built from cues, titles, quotes and digits', () => {
    fc.assert(fc.property(adversarialText(40), holdsContract), params(5000));
  }, CAP);

  it('keeps the contract on a short unit repeated hundreds to thousands of times', () => {
    fc.assert(fc.property(repeatedText(100, 2500), holdsContract), params(40));
  }, CAP);
});

describe('summarize() on fixed pathological inputs', () => {
  const cases: [string, () => string][] = [
    ['empty', () => ''],
    ['whitespace and newlines only', () => ' \n\t\r\n\u00A0\u200F '.repeat(1000)],
    ['5,000 cues with no punctuation', () => 'قال '.repeat(5000)],
    ['3,000 unbalanced opening guillemets', () => 'قال «'.repeat(3000)],
    ['3,000 unbalanced straight quotes', () => 'أكد الوزير أن "'.repeat(3000)],
    ['2,000 resolution phrases with numbers', () => Array.from({ length: 2000 }, (_, i) => `قرار مجلس الأمن رقم ${i}`).join(' و')],
    ['2,000 titles in a row', () => 'وزير الخارجية الأمين العام الرئيس '.repeat(2000)],
    ['2,000 named holders each with a cue, in one sentence', () => 'أكد وزير الخارجية المصري سامي الخطيب أن '.repeat(2000)],
    ['200,000 letters with no space', () => 'ب'.repeat(200_000)],
    ['a 100,000-unit line of tatweel and tashkeel', () => '\u0640\u064E'.repeat(50_000)],
    ['one sentence of each kind repeated 300 times', () => SENTENCES.join(' ').repeat(300)],
    ['10,000 Arabic-Indic digits', () => '٢'.repeat(10_000)],
    ['1,000 ligatures that expand to 18 letters', () => 'ﷺ'.repeat(1000)],
  ];
  for (const [name, make] of cases) {
    it(`keeps the contract: ${name}`, () => {
      const text = make();
      expect(() => holdsContract(text)).not.toThrow();
    }, CAP);
  }

  it('keeps the contract on a real-looking article, and the check itself can fail', () => {
    const text = SENTENCES.join('\n');
    const summary = summarize(text);
    expect(contractViolations(text, summary)).toEqual([]);
    // the checker must catch a lie: a position whose statement is not its slice, and an offset past the end
    const lie = {
      ...summary,
      positions: [{ holder: null, statement: 'ليس في النص', cue: null, stance: 'assert' as const, quote: false, via: null, start: 0, end: 5, rule: 'test', rules: ['test'] }],
      resolutions: [{ body: 'UNSC' as const, number: '2254', year: null, symbol: null, subject: null, text: 'x', start: 0, end: text.length + 1, mentions: [], rules: [] }],
    };
    const bad = contractViolations(text, lie);
    expect(bad.some((b) => b.startsWith('positions[0].statement'))).toBe(true);
    expect(bad.some((b) => b.startsWith('resolutions[0]: span'))).toBe(true);
  });
});

describe('the size of the suite', () => {
  it('ran at least 10,000 summarize() cases (scaled by FC_RUNS_SCALE)', () => {
    // Runs last in this file; a filtered run (-t) that skipped the properties checks nothing.
    if (checked === 0) return;
    console.info(`property suite: ${checked} summarize() cases checked (seed ${SEED}, FC_RUNS_SCALE ${SCALE})`);
    expect(checked).toBeGreaterThanOrEqual(Math.floor(10_000 * Math.min(1, SCALE)));
  });
});
