import { describe, expect, it } from 'vitest';
import { skipTeasers as rule } from '../../../src/positions/rules/skip-teasers.js';
import { stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads no position in the pasted ledes of other stories at the end (its example)', () => {
    expect(stated(rule.example)).toEqual([
      'كمال الغربي: الحوار مع البرلمان مفتوح',
      'كمال الغربي: الحكومة ستعرض خطتها الشهر المقبل',
      'كمال الغربي: الميزانية جاهزة',
    ]);
    expect(stated(rule.example, [rule.id])).toContain('هيئة الموانئ: حركة الشحن عادت إلى طبيعتها');
  });

  it('reads the positions of two closing paragraphs that open on a bare verb (too few for teasers)', () => {
    const text = [
      'الغربي يستقبل وفدا برلمانيا',
      'وأكد الرئيس كمال الغربي أن الحوار مع البرلمان مفتوح.',
      'وأضاف أن الحكومة ستعرض خطتها الشهر المقبل.',
      'وتابع أن الميزانية جاهزة.',
      'وذكر أن النواب سيناقشون الخطة الأسبوع المقبل.',
      'نفت وزارة الزراعة أن تكون أسعار القمح قد ارتفعت هذا الموسم.',
      'أعلنت هيئة الموانئ أن حركة الشحن عادت إلى طبيعتها.',
    ].join('\n');
    expect(stated(text)).toContain('هيئة الموانئ: حركة الشحن عادت إلى طبيعتها');
    expect(stated(text)).toContain('وزارة الزراعة: تكون أسعار القمح قد ارتفعت هذا الموسم');
  });
});
