import { describe, expect, it } from 'vitest';
import { envoyJoinsTalks as rule } from '../../../src/meetings/rules/envoy-joins-talks.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('adds an envoy named with a side of the talks just told (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['الأردن', 'تونس', 'سليم العمري'], kind: 'talks' }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(sides(rule.example, [rule.id])).toEqual([['الأردن', 'تونس']]);
  });

  it('adds no official who is not an envoy', () => {
    const text = 'الأردن وتونس يجريان مباحثات في سوسة. ورحبت تونس بمشاركة الوزير مازن العمري في الاجتماع.';
    expect(sides(text)).toEqual([['الأردن', 'تونس']]);
  });
});
