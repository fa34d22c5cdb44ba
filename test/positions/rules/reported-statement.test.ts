import { describe, expect, it } from 'vitest';
import { reportedStatement as rule } from '../../../src/positions/rules/reported-statement.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes the position of a cue with a holder and a statement (its example)', () => {
    expect(positions(rule.example)).toMatchObject([{ holder: 'كمال الغربي', statement: 'محصول القمح وفير هذا العام', cue: 'أكد', via: null, quote: false }]);
    expect(positions(rule.example)[0].rules[0]).toBe(rule.id);
    expect(positions(rule.example, [rule.id])).toEqual([]);
  });

  it('makes no position of a cue with no holder', () => {
    expect(positions('وأكد أن محصول القمح وفير هذا العام.')).toEqual([]);
  });
});
