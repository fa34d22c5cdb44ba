import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cliticForms } from '../../src/segment/tokens.js';

/** cliticForms as first written, with a regex reading the proclitics: the oracle. */
function byRegex(word: string): string[] {
  const forms = [word];
  const m = /^(?:[وف]?[بلك]|[وف])/.exec(word);
  if (!m) return forms;
  for (let k = 1; k <= m[0].length; k++) {
    const rest = word.slice(k);
    if (rest.length >= 2) forms.push(rest);
    if (word[k - 1] === 'ل' && rest.startsWith('ل') && rest.length >= 3) forms.push('ا' + rest);
  }
  return forms;
}

describe('cliticForms', () => {
  it('peels the proclitics the regex reading peels', () => {
    const word = fc.string({ unit: fc.constantFrom('و', 'ف', 'ب', 'ل', 'ك', 'ا', 'م', 'ح', 'د'), maxLength: 7 });
    fc.assert(
      fc.property(word, (w) => {
        expect(cliticForms(w)).toEqual(byRegex(w));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the forms of a word with two proclitics, the swallowed alef back', () => {
    expect(cliticForms('وبالقاهره')).toEqual(['وبالقاهره', 'بالقاهره', 'القاهره']);
    expect(cliticForms('للحريري')).toEqual(['للحريري', 'لحريري', 'الحريري']);
  });
});
