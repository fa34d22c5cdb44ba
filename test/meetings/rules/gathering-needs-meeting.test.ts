import { describe, expect, it } from 'vitest';
import { gatheringNeedsMeeting as rule } from '../../../src/meetings/rules/gathering-needs-meeting.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports no meeting from taking part in something that is no gathering (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['كمال الغربي', 'طلال الحربي']]);
  });

  it('reports the meeting where the sentence names the gathering', () => {
    const text = 'وشارك الوزير كمال الغربي والوزير طلال الحربي في الاجتماع الوزاري.';
    expect(meetings(text)).toMatchObject([{ participants: ['كمال الغربي', 'طلال الحربي'], cue: 'الاجتماع' }]);
  });
});
