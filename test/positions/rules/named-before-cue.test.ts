import { describe, expect, it } from 'vitest';
import { namedBeforeCue as rule } from '../../../src/positions/rules/named-before-cue.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a subjectless verb to the person named last before it (its example)', () => {
    expect(stated(rule.example)).toEqual(['كمال الغربي: الطريق الجديد سيفتح الشهر المقبل']);
    expect(positions(rule.example, [rule.id])).toEqual([]);
  });

  it('does not give it to a person named inside the last statement', () => {
    const text = 'وقال وزير النقل كمال الغربي إن النائب رائد الكبيسي سيزور الميناء غدا. وأضاف أن الطريق الجديد سيفتح الشهر المقبل.';
    expect(positions(text)[1]).toMatchObject({ holder: 'كمال الغربي', statement: 'الطريق الجديد سيفتح الشهر المقبل' });
    expect(positions(text)[1].rules).not.toContain(rule.id);
  });

  it('gives a plural verb to one of several people named before it, never to one named alone', () => {
    expect(stated('وجه النواب رسالة إلى الوزير سامر الحديدي. وقالوا إن الوضع صعب.')).toEqual([]);
    expect(stated('التقى الوزير سامر الحديدي والنائب كمال الغربي في عمان أمس. وقالوا إن الوضع صعب.')).toEqual(['كمال الغربي: الوضع صعب']);
  });

  it('leaves a verb whose own subject is a body or a statement to that subject, not the person before', () => {
    const text = 'استقبل الوزير سامر الحديدي السفير أمس. ودعا البيان إلى تعزيز التعاون.';
    expect(positions(text).map((p) => p.holder)).not.toContain('سامر الحديدي');
    expect(stated('استقبل الوزير سامر الحديدي السفير أمس. ودعا إلى تعزيز التعاون.')).toEqual(['سامر الحديدي: إلى تعزيز التعاون']);
  });

  it('does not give it to one named in the last speaker\'s own clause, before his statement, where that speaker is a person', () => {
    expect(stated('وقال الوزير سامر الحديدي الذي استقبله الرئيس كمال الغربي، إن الزيارة ناجحة. وتابع: «سنوقع اتفاقا قريبا مع شركائنا».')).toEqual([
      'سامر الحديدي: الزيارة ناجحة',
      'سامر الحديدي: سنوقع اتفاقا قريبا مع شركائنا',
    ]);
    expect(stated('وأكد وزير الخارجية سامر الحديدي في محادثاته مع نظيره كمال الغربي أن العلاقات متينة. وأضاف أن البلدين سيوقعان اتفاقا تجاريا.')).toEqual([
      'سامر الحديدي: العلاقات متينة',
      'سامر الحديدي: البلدين سيوقعان اتفاقا تجاريا',
    ]);
    // a body's voice named in its clause speaks on
    expect(stated('وقالت الحكومة على لسان المتحدث باسمها فهد العلي إن الخطة جاهزة. وأضاف أن التنفيذ سيبدأ غدا.')).toEqual([
      'فهد العلي: الخطة جاهزة',
      'فهد العلي: التنفيذ سيبدأ غدا',
    ]);
  });

  it('does not give it to a person named in a fronted topic (وعن لقائه بالوزير فلان، قال)', () => {
    const text = 'وقال الرئيس كمال الغربي إن الاقتصاد بخير. وعن لقائه بالوزير سامر الحديدي، قال: "كان لقاء مثمرا جدا وسنواصل العمل معا".';
    expect(stated(text)[1]).toBe('كمال الغربي: كان لقاء مثمرا جدا وسنواصل العمل معا');
    const topic = 'وقال الرئيس كمال الغربي إن الاقتصاد بخير. وحول زيارة الوزير سامر الحديدي، أضاف أن الزيارة كانت ناجحة.';
    expect(stated(topic)[1]).toBe('كمال الغربي: الزيارة كانت ناجحة');
  });

  it('still gives it to one named in a clause of time (عندما وصل الوزير فلان، قال)', () => {
    const text = 'وقال الرئيس كمال الغربي إن الاقتصاد بخير. وعندما وصل الوزير سامر الحديدي إلى المطار، قال إن الزيارة مهمة جدا.';
    expect(stated(text)[1]).toBe('سامر الحديدي: الزيارة مهمة جدا');
  });
});

describe('a person named after the last statement, in its sentence', () => {
  it('is background to it: the next verb with no subject goes on with the speaker', () => {
    const text = 'وقال الرئيس الأميركي سامر الحديدي: "لدينا ثلاثة مواعيد ممكنة للقاء"، وذلك عشية قمة بين الرئيس كمال الغربي والزعيم خالد العلي. وأضاف "قد نغادر الاجتماع سريعا إن لم يكن مثمرا".';
    expect(stated(text)).toContain('سامر الحديدي: قد نغادر الاجتماع سريعا إن لم يكن مثمرا');
    // one named in a sentence of his own after the statement does speak next
    const own = 'وقال الرئيس الأميركي سامر الحديدي: "لدينا ثلاثة مواعيد ممكنة للقاء". واستقبل الرئيس كمال الغربي وفدا من رجال الأعمال. وأضاف أن الاستثمارات ستزداد هذا العام.';
    expect(stated(own)).toContain('كمال الغربي: الاستثمارات ستزداد هذا العام');
  });

  it('does not give it to one named after مع in its own sentence: the one met, not the speaker', () => {
    const text = 'وقال الوزير سامر الحديدي إن المفاوضات ستستأنف قريبا. وردا على سؤال عن لقائه المرتقب، مع كمال الغربي، قال "قد يتأخر الاجتماع".';
    expect(stated(text)).toEqual(['سامر الحديدي: المفاوضات ستستأنف قريبا', 'سامر الحديدي: قد يتأخر الاجتماع']);
  });

  it('does not give it to the spokesman through whom the last holder spoke: the body goes on', () => {
    const text = 'وقال المتحدث باسم وزارة الخارجية الأردنية سامر الحديدي إن الوضع على الحدود هادئ. وأوضح أن الحكومة ستتخذ الإجراءات اللازمة.';
    expect(stated(text)).toEqual(['وزارة الخارجية الأردنية: الوضع على الحدود هادئ', 'وزارة الخارجية الأردنية: الحكومة ستتخذ الإجراءات اللازمة']);
  });
});
