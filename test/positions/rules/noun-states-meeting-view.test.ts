import { describe, expect, it } from 'vitest';
import { nounStatesMeetingView as rule } from '../../../src/positions/rules/noun-states-meeting-view.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a verbal noun with no speaker to the meeting\'s sides (its example)', () => {
    expect(positions(rule.example)).toMatchObject([{ holder: 'كمال الغربي', cue: 'التأكيد', statement: 'دعم مشاريع الطاقة المشتركة' }]);
    expect(positions(rule.example, [rule.id])).toEqual([]);
  });

  it('gives it to no one where the article reports no meeting', () => {
    expect(positions('وزار الوزير كمال الغربي مصنع الإسمنت. وشهدت الزيارة التأكيد على دعم مشاريع الطاقة المشتركة.')).toEqual([]);
  });
});
