import { describe, expect, it } from 'vitest';
import { find } from './helpers.js';

/** Things that must NOT be read as resolutions. */
describe('negatives: not resolutions', () => {
  const cases: [string, string][] = [
    ['a ministerial decision with a slash number', 'وصدر قرار وزاري رقم 1/1559 بتنظيم الاستيراد.'],
    ['a ministerial decision without its adjective', 'ونشرت الجريدة الرسمية القرار رقم 1/1559 أمس.'],
    ['a presidential decision', 'وأصدر الرئيس قرارا جمهوريا رقم 45 بتعيين محافظ.'],
    ['a presidential decision in the construct', 'بموجب قرار رئاسي رقم 312 لسنة 2019.'],
    ['a decision of the cabinet', 'ونص قرار مجلس الوزراء رقم 1250 على ذلك.'],
    ['a decision of a national security council', 'وأقر قرار مجلس الأمن القومي رقم 12 الخطة.'],
    ['a decision dated in the style of domestic law', 'وفق القرار رقم 123 لسنة 2019 المنظم للقطاع.'],
    ['a small bare number', 'وعدل القرار 45 المواعيد.'],
    ['a decree', 'وصدر المرسوم رقم 2254 أمس.'],
    ['a law', 'ونص القانون رقم 2216 لسنة 2015 على العقوبة.'],
    ['a session number', 'في ختام أعمال الدورة 147 لمجلس الجامعة.'],
    ['related resolutions without number', 'وفقا لقرارات مجلس الأمن ذات الصلة والمبادرة الخليجية.'],
    ['a year standing alone', 'وفي عام 2015 تغير كل شيء.'],
    ['a year after القرار', 'وجاء القرار عام 2015 بعد مشاورات.'],
    ['a year as the number of a bare decision', 'واعتبر أن القرار 2018 كان خاطئا.'],
    ['a count', 'ألقت الطائرات 2041 قنبلة على المدينة.'],
    ['a count after a decision', 'ورغم القرار 2041 قنبلة سقطت على المدن.'],
    ['an article number', 'وفق المادة 7 من الميثاق.'],
    ['a paragraph before the resolution is not its number', 'طبقا للفقرة 14 من قرار مجلس الأمن ذي الصلة.'],
    ['a phone number', 'للاستفسار اتصلوا على الرقم 0123456789.'],
    ['a date', 'صدر القرار في 12/5/2015 بعد الاجتماع.'],
    ['a date right after القرار', 'ونشر القرار 12/5/2015 في الجريدة.'],
    ['a percentage', 'وحظي القرار 95% من الأصوات.'],
    ['a decimal', 'وبلغت قيمة القرار 3.5 مليون.'],
    ['إقرار is not قرار', 'وتم إقرار 2254 مشروعا.'],
    ['صناع القرار with a count', 'التقى صناع القرار 300 مرة.'],
    ['a US decision', 'ورفض القرار الأمريكي 2017 بنقل السفارة.'],
    ['an unknown word before the number without رقم', 'وانتقد قرار الحكومة 2254 بشدة.'],
    ['a court decision', 'وأصدرت المحكمة القرار رقم 512 لعام 2020 ببراءة المتهم.'],
    ['a meeting number of a cabinet', 'وقرر مجلس الوزراء في جلسته رقم 45 الموافقة.'],
    ['a bare number never cited as a resolution', 'ووصل عدد النازحين إلى 2254 شخصا.'],
    // Domestic decisions that carry a well-known number, in an article about its file.
    ['a well-known number dated لسنة', 'وصدر القرار رقم 2216 لسنة 2015 عن وزارة الداخلية اليمنية بحظر التجول.'],
    ['a well-known number a minister issues', 'وأصدر وزير الاقتصاد اللبناني القرار 1701 بتنظيم الأسعار.'],
    ['a well-known number a government announces', 'وأعلنت الحكومة اليمنية القرار رقم 2140 بشأن الموازنة.'],
    ['a well-known number a municipality issues', 'أصدرت البلدية القرار 338 بإزالة المخالفات في القدس.'],
    ['a well-known number a ministry issues, named after it', 'ونص القرار 2254 الصادر عن وزارة الزراعة السورية على منع التصدير.'],
    ['a well-known number of another year', 'وعدل القرار 2334 لعام 2019 رسوم البناء في الضفة الغربية.'],
    ['a well-known number after a ministerial adjective', 'وبموجب القرار الوزاري 2254 الخاص بالاستيراد من سوريا.'],
    ['a cabinet decision with a well-known number', 'ونص قرار مجلس الوزراء رقم 181 على دعم القدس.'],
    ['a head of state issues a number with a Council year in brackets', 'وأصدر الرئيس القرار 2287 (2016) بشأن الأسعار.'],
    ['a decision singled out of cabinet decisions', 'وراجع قرارات مجلس الوزراء، ولا سيما القرار 2287 بشأن الرسوم.'],
    ['a Shura council decision with a slash', 'وبعد النظر في قرار مجلس الشورى رقم 57/30 وافق المجلس.'],
    ['money counted after a decision', 'وفرض قرار 200 ريال شهريا على كل عامل.'],
    ['premises counted after a decision', 'وبلغ عدد المنشآت المخالفة للقرار 229 منشأة.'],
    ['a number with a bracketed year in an article that never names the Council', 'وسجلت المدينة 2287 (2016) في السجلات.'],
  ];
  for (const [what, text] of cases) {
    it(what, () => {
      expect(find(text)).toEqual([]);
    });
  }

  it('does not add a bare number before the resolution is cited, nor a count after it', () => {
    const text = 'نزح 2216 شخصا. ثم أشار إلى القرار الأممي 2216 بوضوح.';
    const [r] = find(text);
    expect(r.mentions).toHaveLength(1);
    expect(r.start).toBe(text.indexOf('القرار الأممي 2216'));
  });
});
