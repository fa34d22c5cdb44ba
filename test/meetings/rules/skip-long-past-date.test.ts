import { describe, expect, it } from 'vitest';
import { skipLongPastDate as rule } from '../../../src/meetings/rules/skip-long-past-date.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('leaves out a meeting dated to a past month (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['كمال الغربي', 'سامر الحديدي']]);
  });

  it('reports a meeting dated to a weekday though a past month is named beside it', () => {
    const text = 'والتقى الرئيس كمال الغربي، الأربعاء، نظيره سامر الحديدي في روما، في أول لقاء بينهما منذ مارس الماضي.';
    expect(meetings(text)).toMatchObject([{ participants: ['كمال الغربي', 'سامر الحديدي'], location: 'روما', date: 'الأربعاء' }]);
  });
});
