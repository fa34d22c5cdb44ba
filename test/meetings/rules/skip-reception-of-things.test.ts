import { describe, expect, it } from 'vitest';
import { skipReceptionOfThings as rule } from '../../../src/meetings/rules/cue-filters.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports no meeting from a reception of an aircraft (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });

  it('reports no meeting from taking in applications or migrants', () => {
    expect(meetings('وأعلن الوزير سامر الحديدي والمدير كمال الغربي استقبال طلبات الترشح.')).toEqual([]);
    expect(meetings('وأعلن الوزير سامر الحديدي والمدير كمال الغربي استقبال طلبات الترشح.', [rule.id])).not.toEqual([]);
    expect(meetings('ورفض الوزير سامر الحديدي والرئيس كمال الغربي استقبال المهاجرين.')).toEqual([]);
  });

  it('still reports the reception of a person', () => {
    const text = 'وكان في استقبال الرئيس كمال الغربي عند وصوله وكيل الإمارة سامر الحديدي.';
    expect(meetings(text)).toMatchObject([{ participants: expect.arrayContaining(['كمال الغربي', 'سامر الحديدي']) }]);
  });
});
