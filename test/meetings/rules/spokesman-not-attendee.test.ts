import { describe, expect, it } from 'vitest';
import { spokesmanNotAttendee as rule } from '../../../src/meetings/rules/spokesman-not-attendee.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('keeps a spokesman out of the sides (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'] }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'كمال الغربي', 'هاني الزعبي']]);
  });

  it('keeps an adviser who attends among the sides', () => {
    const text = 'التقى الوزير سامر الحديدي نظيره كمال الغربي بحضور مستشار الوزارة هاني الزعبي.';
    expect(sides(text)).toEqual([['سامر الحديدي', 'كمال الغربي', 'هاني الزعبي']]);
  });
});
