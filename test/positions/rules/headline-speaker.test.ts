import { describe, expect, it } from 'vitest';
import { headlineSpeaker as rule } from '../../../src/positions/rules/headline-speaker.js';
import { positions } from '../../rules/read.js';

const BODY = 'قال وزير الخارجية سامر الحديدي في مؤتمر صحفي أمس إن الحوار هو الطريق الوحيد.';

/** The statements the rule made in a text. */
function fromHeadline(text: string): [string | null, string][] {
  return positions(text)
    .filter((p) => p.rules.includes(rule.id))
    .map((p) => [p.holder, p.statement]);
}

describe(rule.id, () => {
  it('gives a headline "speaker: statement" to the speaker named in full below (its example)', () => {
    expect(fromHeadline(rule.example)).toEqual([['سامر الحديدي', 'لا حل عسكريا للأزمة في المنطقة']]);
    expect(positions(rule.example, [rule.id]).map((p) => p.statement)).toEqual(['الحوار هو الطريق الوحيد']);
  });

  it('reads a title before the name and the one addressed after it', () => {
    expect(fromHeadline(`وزير الخارجية سامر الحديدي: نرفض أي تدخل في شؤون المنطقة\n${BODY}`)).toEqual([
      ['سامر الحديدي', 'نرفض أي تدخل في شؤون المنطقة'],
    ]);
    expect(fromHeadline('كوريا الشمالية لليابان: لن نقبل محادثات بشروط مسبقة\nقالت كوريا الشمالية إنها ترفض الشروط.')).toEqual([
      ['كوريا الشمالية', 'لن نقبل محادثات بشروط مسبقة'],
    ]);
  });

  it('gives a headline that describes its speaker to the first person the body quotes, of that office and country', () => {
    expect(fromHeadline(`وزير الخارجية: نرفض أي تدخل في شؤون المنطقة\n${BODY}`)).toEqual([['سامر الحديدي', 'نرفض أي تدخل في شؤون المنطقة']]);
    expect(fromHeadline('مسؤول خليجي: الأسواق ما زالت بحاجة إلى العمالة الوافدة\nقال مدير المكتب التنفيذي سامر الحديدي إن الطلب على العمالة مستمر.')).toEqual([
      ['سامر الحديدي', 'الأسواق ما زالت بحاجة إلى العمالة الوافدة'],
    ]);
    // an office he does not hold
    expect(fromHeadline(`وزير الدفاع: نرفض أي تدخل في شؤون المنطقة\n${BODY}`)).toEqual([]);
  });

  it('leaves a country tag without an addressee, a label, a question and a topic tag over news', () => {
    expect(fromHeadline('الأردن: اتفاق جزئي بين الحكومة والنقابات على مشروع القانون\nأعلنت الحكومة الأردنية أن الحوار مستمر.')).toEqual([]);
    expect(fromHeadline(`سامر الحديدي: السياسي المخضرم الذي رفضت بلاده عودته إليها\n${BODY}`)).toEqual([]);
    expect(fromHeadline(`سامر الحديدي: هل يعلو صوت المصالح في المنطقة؟\n${BODY}`)).toEqual([]);
    expect(fromHeadline(`سامر الحديدي: كمال الغربي يطالب بتحقيق دولي في الحادث\n${BODY}`)).toEqual([]);
  });

  it('leaves a line whose speaker part holds a cue to the cue rules, and a byline', () => {
    expect(fromHeadline(`وقال الوزير سامر الحديدي: نرفض أي تدخل في شؤون المنطقة\n${BODY}`)).toEqual([]);
    expect(fromHeadline(`سامر الحديدي- الرياض: نرفض أي تدخل في شؤون المنطقة\n${BODY}`)).toEqual([]);
  });
});
