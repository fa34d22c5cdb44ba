import { describe, expect, it } from 'vitest';
import { reportersNotAttendees as rule } from '../../../src/meetings/rules/reporters-not-attendees.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('keeps the one who reports a visit out of its sides (its example)', () => {
    // the visit told is the president's own (visits-a-place); the deputy who speaks of it is no side
    expect(meetings(rule.example).map((m) => m.participants)).toEqual([['كمال الغربي']]);
    expect(sides(rule.example, [rule.id])).toEqual([['هاني الزعبي', 'كمال الغربي']]);
  });

  it('keeps a speaker who says he met someone himself (إنه التقى)', () => {
    const text = 'وقال النائب هاني الزعبي إنه التقى الرئيس كمال الغربي في قصر الرئاسة.';
    expect(meetings(text)).toMatchObject([{ participants: ['هاني الزعبي', 'كمال الغربي'], location: 'قصر الرئاسة' }]);
  });

  it('drops the speaker who reports a meeting named by its sides (أن المحادثات بين روسيا وفرنسا)', () => {
    const text = 'وأعلن المستشار سامر الحديدي أن المحادثات بين الأردن وفرنسا بشأن العقد انتهت بالاتفاق.';
    expect(meetings(text)).toMatchObject([{ participants: ['الأردن', 'فرنسا'] }]);
    expect(meetings(text, [rule.id])[0].participants).toContain('سامر الحديدي');
  });
});
