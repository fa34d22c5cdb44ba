import { describe, expect, it } from 'vitest';
import { shortFormsReferBack as rule } from '../../../src/positions/rules/short-forms-refer-back.js';
import { stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads "المسؤول" as the official who spoke before (its example)', () => {
    expect(stated(rule.example)).toEqual(['مسؤول حكومي: الأسعار ستنخفض قريبا', 'مسؤول حكومي: الحكومة ستدعم المزارعين']);
    expect(stated(rule.example, [rule.id])[1]).toBe('المسؤول: الحكومة ستدعم المزارعين');
  });

  it('does not read "مسؤول آخر" as the official who spoke before', () => {
    const text = 'وقال مسؤول حكومي إن الأسعار ستنخفض قريبا. وأضاف مسؤول آخر أن الحكومة ستدعم المزارعين.';
    expect(stated(text)[1]).not.toBe('مسؤول حكومي: الحكومة ستدعم المزارعين');
  });

  it('reads a head made definite with its adjective (المصدر المحلي) as the source who spoke before', () => {
    const text = 'وقال مصدر محلي إن الوضع متوتر في المدينة. وأضاف المصدر المحلي أن الشرطة انتشرت بكثافة. وقال مسؤول حكومي إن الحظر سيرفع قريبا. وأوضح المسؤول الحكومي أن المدارس ستفتح غدا.';
    expect(stated(text).map((s) => s.split(':')[0])).toEqual(['مصدر محلي', 'مصدر محلي', 'مسؤول حكومي', 'مسؤول حكومي']);
    expect(stated(text, [rule.id]).map((s) => s.split(':')[0])).toEqual(['مصدر محلي', 'المصدر المحلي', 'مسؤول حكومي', 'المسؤول الحكومي']);
  });

  it('does not read a definite phrase as an indefinite one with other adjectives', () => {
    const text = 'وقال مصدر محلي إن الوضع متوتر في المدينة. وأضاف المصدر الأمني أن الشرطة انتشرت بكثافة.';
    expect(stated(text)[1]).not.toMatch(/^مصدر محلي/);
  });

  it('reads a body\'s head (الوزارة) as the body named since, not the one that spoke first', () => {
    const text = 'من جهتها، قالت وزارة الزراعة الأردنية إن القرار يدعو للأسف. إلى ذلك، ذكرت وزارة الخارجية الأميركية الثلاثاء، أنها مستمرة في خططها. وقالت المتحدثة باسم الوزارة سلمى الغربي في إفادة "الخطط مستمرة كما كانت ولن تتغير أبدا".';
    expect(stated(text).map((s) => s.split(':')[0])).toEqual(['وزارة الزراعة الأردنية', 'وزارة الخارجية الأميركية', 'وزارة الخارجية الأميركية']);
    const same = 'من جهتها، قالت وزارة الزراعة الأردنية إن القرار يدعو للأسف. وقال المتحدث باسم الوزارة سامر الحديدي في بيان "القرار مؤسف جدا ولا يخدم أحدا في المنطقة".';
    expect(stated(same).map((s) => s.split(':')[0])).toEqual(['وزارة الزراعة الأردنية', 'وزارة الزراعة الأردنية']);
  });
});
