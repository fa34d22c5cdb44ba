import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NUMBER_YEAR, NUMBER_YEAR_GATE } from '../../src/resolutions/number-with-year.js';
import { SYMBOL, SYMBOL_GATE } from '../../src/resolutions/un-symbol.js';

// The resolution finders skip an article their gate finds nothing in: every match of the full
// regex must hold a match of its gate, or a resolution would be lost.
const piece = fc.constantFrom('2254', '300', '12', '2015', '(', ')', ' ', '  ', 'قرار', 'س', '/', '.', ',', 's', 'a', 'A', 'S', '/res/', '/RES/', 'hrc', 'es-10', '-', '1', '7');
const text = fc.array(piece, { maxLength: 16 }).map((a) => a.join(''));

describe('resolution regex gates', () => {
  it('a number with its year in brackets is always seen by its gate', () => {
    fc.assert(
      fc.property(text, (s) => {
        const full = new RegExp(NUMBER_YEAR.source, NUMBER_YEAR.flags.replace('g', ''));
        if (full.test(s)) expect(s.includes('(') && NUMBER_YEAR_GATE.test(s)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(NUMBER_YEAR_GATE.test('وفق 2254 (2015)')).toBe(true);
  });

  it('a UN symbol is always seen by its gate', () => {
    fc.assert(
      fc.property(text, (s) => {
        const full = new RegExp(SYMBOL.source, SYMBOL.flags.replace('g', ''));
        if (full.test(s)) expect(SYMBOL_GATE.test(s)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(SYMBOL_GATE.test('s/res/2254 (2015)')).toBe(true);
  });
});
