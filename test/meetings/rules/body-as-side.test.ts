import { describe, expect, it } from 'vitest';
import { bodyAsSide as rule } from '../../../src/meetings/rules/body-as-side.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('keeps a body that is only the topic of a meeting out of its sides (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'] }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'كمال الغربي', 'منظمة الصحة العالمية']]);
  });

  it('keeps a body whose delegation is met among the sides', () => {
    expect(sides('التقى الوزير سامر الحديدي وفدا من منظمة الصحة العالمية.')).toEqual([['سامر الحديدي', 'منظمة الصحة العالمية']]);
  });

  it('takes a state named as the side met with (مع الجانب الروسي), not one a person of that state stands for', () => {
    expect(meetings('التقى الوزير سامر الحديدي مع الجانب الروسي في عمان.')).toMatchObject([{ participants: ['سامر الحديدي', 'روسيا'], location: 'عمان' }]);
    expect(meetings('بحث الوزير سامر الحديدي مع الحكومة التركية الملف.')).toEqual([]);
    expect(meetings('التقى الوزير الروسي كمال الغربي مع الوزير سامر الحديدي ومع الجانب الروسي في عمان.')[0]?.participants).not.toContain('روسيا');
  });
});
