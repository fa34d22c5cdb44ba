import { describe, expect, it } from 'vitest';
import { cutAtLaterMeeting as rule } from '../../../src/meetings/rules/cut-at-later-meeting.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('keeps those who took part in an earlier meeting told later in the sentence out (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });

  it('keeps the sides named after a later cue that tells no earlier meeting', () => {
    const text = 'وصل الوزير سامر الحديدي إلى تونس حيث التقى الوزير كمال الغربي.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: 'تونس' }]);
  });
});
