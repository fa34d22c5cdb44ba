import { describe, expect, it } from 'vitest';
import { statementTooShort as rule } from '../../../src/positions/rules/statement-too-short.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes no position of a one-word statement (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id])).toMatchObject([{ holder: 'كمال الغربي', statement: 'نعم', quote: true }]);
  });

  it('keeps a two-word quotation', () => {
    expect(positions('وقال الوزير كمال الغربي: «نعم للحوار».')).toMatchObject([{ holder: 'كمال الغربي', statement: 'نعم للحوار', quote: true }]);
  });
});
