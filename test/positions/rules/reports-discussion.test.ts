import { describe, expect, it } from 'vitest';
import { reportsDiscussion as rule } from '../../../src/positions/rules/reports-discussion.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes no position of what the sides discussed (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id])).toMatchObject([{ holder: 'الرئاسة', via: 'هاني الزعبي' }]);
  });

  it('keeps a statement of what the sides are keen on', () => {
    const text = 'وأوضح المتحدث باسم الرئاسة هاني الزعبي أن الطرفين حريصان على تطوير العلاقات الثنائية.';
    expect(positions(text)).toMatchObject([{ holder: 'الرئاسة', via: 'هاني الزعبي', statement: 'الطرفين حريصان على تطوير العلاقات الثنائية' }]);
  });
});
