import { describe, expect, it } from 'vitest';
import { placeForNextMeeting as rule } from '../../../src/meetings/rules/place-for-next-meeting.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives the place of a sentence without sides to the meeting told next (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: 'تونس' }]);
    expect(meetings(rule.example, [rule.id])[0].location).toBeNull();
  });

  it('gives its place to no meeting of two persons told before it', () => {
    const text = 'والتقى الوزير سامر الحديدي نظيره كمال الغربي. واستضافت العاصمة تونس اليوم مباحثات رفيعة.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: null }]);
  });
});
