import { describe, expect, it } from 'vitest';
import { unsaidIsNoStatement as rule } from '../../../src/positions/rules/unsaid-is-no-statement.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes no position of a verb of telling negated with لم (its example)', () => {
    expect(stated(rule.example)).toEqual(['كمال الغربي: المفاوضات مستمرة']);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['قال', 'يكشف']);
  });

  it('keeps a negated view: لا يرى، لم يستبعد state one', () => {
    expect(positions('ولا يرى الوزير كمال الغربي أن التقسيم سيعود بالنفع على البلاد.').map((p) => p.cue)).toEqual(['يرى']);
  });
});
