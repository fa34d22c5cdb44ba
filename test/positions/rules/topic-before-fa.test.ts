import { describe, expect, it } from 'vitest';
import { topicBeforeFa as rule } from '../../../src/positions/rules/topic-before-fa.js';
import { stated } from '../../rules/read.js';

const FIRST = 'قال الوزير سامر الحديدي إن الخطة ناجحة. ';

describe(rule.id, () => {
  it('gives the verb that ف opens to the one named after أما, not to the noun after it (its example)', () => {
    expect(stated(rule.example)).toEqual(['سامر الحديدي: الخطة ناجحة', 'ليلى الساعدي: تنفيذ وعودها']);
    expect(stated(rule.example, [rule.id])).not.toContain('ليلى الساعدي: تنفيذ وعودها');
  });

  it('takes the person named after a description that names a body (أما الصحفي بجريدة … فلان فيرى)', () => {
    expect(stated(`${FIRST}أما الكاتب في جريدة الأهرام كمال الغربي فيرى أن الحكومة أخطأت.`)).toContain('كمال الغربي: الحكومة أخطأت');
  });

  it('leaves a topic (أما عن …) and a plural verb to the other rules, and gives an outlet no position', () => {
    expect(stated(`${FIRST}أما عن الهجوم على المدينة فقد دعت الحكومة إلى التحقيق فيه.`)).toContain('الحكومة: التحقيق فيه');
    expect(stated(`${FIRST}أما صحيفة الأهرام فأكدت أن الحكومة أخطأت.`)).toEqual(['سامر الحديدي: الخطة ناجحة']);
  });
});
