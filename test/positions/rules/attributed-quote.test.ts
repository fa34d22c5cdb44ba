import { describe, expect, it } from 'vitest';
import { attributedQuote as rule } from '../../../src/positions/rules/attributed-quote.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives an attributed quotation no cue introduces to its sentence\'s first person (its example)', () => {
    expect(positions(rule.example)).toEqual([
      { holder: 'كمال الغربي', statement: 'حماية المياه الجوفية من الاستنزاف', cue: null, via: null, quote: true, rules: [rule.id] },
    ]);
    expect(positions(rule.example, [rule.id])).toEqual([]);
  });

  it('gives no position to a quotation in a sentence nothing attributes', () => {
    expect(positions('وتناول الوزير كمال الغربي خلال اللقاء أولويات بلاده، ومنها «حماية المياه الجوفية من الاستنزاف».')).toEqual([]);
  });

  it('gives no position to a quoted term of one word', () => {
    expect(positions('وتناول الوزير كمال الغربي خلال اللقاء أولويات بلاده، ومنها «المياه»، حسبما صرح المتحدث باسم الوزارة.')).toEqual([]);
  });
});
