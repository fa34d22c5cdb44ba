import { describe, expect, it } from 'vitest';
import { topicBeforeFa as rule } from '../../../src/positions/rules/topic-before-fa.js';
import { stated } from '../../rules/read.js';

const FIRST = 'قال الوزير سامر الحديدي إن الخطة ناجحة. ';

describe(rule.id, () => {
  it('gives the verb that ف opens to the one named after أما, not to the noun after it (its example)', () => {
    expect(stated(rule.example)).toEqual(['سامر الحديدي: الخطة ناجحة', 'ليلى الساعدي: إلى تنفيذ وعودها']);
    expect(stated(rule.example, [rule.id])).not.toContain('ليلى الساعدي: إلى تنفيذ وعودها');
  });

  it('takes the person named after a description that names a body (أما الصحفي بجريدة … فلان فيرى)', () => {
    expect(stated(`${FIRST}أما الكاتب في جريدة الأهرام كمال الغربي فيرى أن الحكومة أخطأت.`)).toContain('كمال الغربي: الحكومة أخطأت');
  });

  it('leaves a topic (أما عن …) and a plural verb to the other rules, and gives an outlet no position', () => {
    expect(stated(`${FIRST}أما عن الهجوم على المدينة فقد دعت الحكومة إلى التحقيق فيه.`)).toContain('الحكومة: إلى التحقيق فيه');
    expect(stated(`${FIRST}أما صحيفة الأهرام فأكدت أن الحكومة أخطأت.`)).toEqual(['سامر الحديدي: الخطة ناجحة']);
  });

  it('takes a short subject that names no known entity as written, with و before أما too', () => {
    expect(stated(`${FIRST}أما حزب الوسط فقد دعا إلى حل البرلمان.`)).toContain('حزب الوسط: إلى حل البرلمان');
    expect(stated(`${FIRST}وأما حزب الوسط فحذر من حل البرلمان.`)).toContain('حزب الوسط: حل البرلمان');
  });

  it('gives no holder from a time, an adverb set off by a comma, or a verb with a subject of its own', () => {
    expect(stated(`${FIRST}أما الأسبوع المقبل فقد قال الوزير كمال الغربي إن الحكومة ماضية.`)).toContain('كمال الغربي: الحكومة ماضية');
    expect(stated(`${FIRST}أما نقابيا، فأعلن ممثل النقابات كمال الغربي أن المجلس وافق على الحوار.`)).toContain('كمال الغربي: المجلس وافق على الحوار');
  });
});
