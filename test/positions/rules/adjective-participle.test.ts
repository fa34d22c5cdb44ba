import { describe, expect, it } from 'vitest';
import { adjectiveParticiple as rule } from '../../../src/positions/rules/adjective-participle.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads مشددة after an indefinite feminine noun as an adjective, no cue (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['مشددة']);
  });

  it('reads مشددة after a comma as a participle cue', () => {
    const text = 'وزارت الوزيرة ليلى الساعدي الأسواق الشعبية، مشددة على ضرورة ضبط أسعار الخبز.';
    expect(positions(text)).toMatchObject([{ holder: 'ليلى الساعدي', cue: 'مشددة', statement: 'ضرورة ضبط أسعار الخبز' }]);
  });

  it('reads it as an adjective after an indefinite plural in ات too, but as a cue after a definite one', () => {
    expect(positions('قال الوزير سامر الحديدي إن الوضع مستقر. وفرض المجلس البلدي إجراءات مشددة على أسعار الخبز.').map((p) => p.cue)).toEqual(['قال']);
    expect(positions('ورحبت الوزيرة ليلى الساعدي بالقرارات معتبرة أنها خطوة في الاتجاه الصحيح.')).toMatchObject([
      { holder: 'ليلى الساعدي', cue: 'معتبرة', statement: 'خطوة في الاتجاه الصحيح' },
    ]);
  });

  it('reads it as an adjective after a broken plural (فعول، أفعال), but not after a name', () => {
    expect(stated('وقال الوزير سامر الحديدي إن البلاد فرضت قيود مشددة على دخول الشاحنات عبر الحدود.')).toEqual([
      'سامر الحديدي: البلاد فرضت قيود مشددة على دخول الشاحنات عبر الحدود',
    ]);
    expect(stated('وتحدثت الوزيرة هند نعوم مؤكدة أن الخطة جاهزة.')).toEqual(['هند نعوم: الخطة جاهزة']);
  });

  it('reads المطالبة right after a definite word as the participle "demanding", no cue; after مع it is the speaker\'s demand', () => {
    const text = 'وقال الوزير سامر الحديدي إن الحكومة ستلتقي ممثلي النقابات. وتتواصل في المدن الاحتجاجات المطالبة برفع الأجور منذ أسبوعين.';
    expect(stated(text)).toEqual(['سامر الحديدي: الحكومة ستلتقي ممثلي النقابات']);
    expect(stated(text, [rule.id])).toContain('سامر الحديدي: برفع الأجور منذ أسبوعين');
    expect(stated('وقال الوزير سامر الحديدي إن الحكومة ستلتقي ممثلي النقابات، مع المطالبة برفع الأجور قبل الصيف.')).toContain('سامر الحديدي: برفع الأجور قبل الصيف');
  });
});
