import { describe, expect, it } from 'vitest';
import { forcesOfLeader as rule } from '../../../src/meetings/rules/forces-of-leader.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('keeps a leader named for his forces out of the sides (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'] }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'كمال الغربي', 'مازن الخطيب']]);
  });

  it('keeps out a leader whose followers send the delegation met', () => {
    expect(meetings('التقى الوزير سامر الحديدي وفدا من أنصار مازن الخطيب.')).toEqual([]);
  });

  // KNOWN ISSUE: "القوات" inside the title of the person met (قائد القوات البحرية) is read as
  // "his forces": the commander is dropped and the meeting is lost.
  it.skip('keeps the commander of forces who is met himself', () => {
    const text = 'التقى الوزير سامر الحديدي قائد القوات البحرية مازن الخطيب في مقر الوزارة.';
    expect(sides(text)).toEqual([['سامر الحديدي', 'مازن الخطيب']]);
  });

  // KNOWN ISSUE: "حزب" in the title of the person met (الأمين العام لحزب …) is read as "his party":
  // the party's secretary general is dropped and the meeting is lost.
  it.skip('keeps the secretary general of a party who is met himself', () => {
    const text = 'التقى الرئيس كمال الغربي اليوم الأمين العام لحزب الكتائب اللبنانية طلال الحربي في قصر الرئاسة.';
    expect(sides(text)).toEqual([['كمال الغربي', 'طلال الحربي']]);
  });
});
