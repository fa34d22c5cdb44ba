import { describe, expect, it } from 'vitest';
import { participleSubject as rule } from '../../../src/positions/rules/participle-subject.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a participle to the first person of its sentence (its example)', () => {
    expect(positions(rule.example)).toMatchObject([{ holder: 'كمال الغربي', cue: 'مشددا', statement: 'ضرورة توفير الأدوية للمرضى' }]);
    expect(positions(rule.example, [rule.id])).toEqual([]);
  });

  it('gives a participle to no one where its sentence names no person', () => {
    expect(positions('وتراجعت أسعار الخبز أمس، مؤكدة توقعات التجار.')).toEqual([]);
  });
});

describe(`${rule.id}: manner of saying and the latter`, () => {
  it('reads بالقول and بقوله as a participle of saying: the statement is the subject\'s', () => {
    expect(positions('ورد وزير الخارجية الأردني نبيل الزعبي على المنتقدين بالقول إن الاتفاق يخدم مصالح البلدين.')).toMatchObject([
      { holder: 'نبيل الزعبي', cue: 'بالقول', statement: 'الاتفاق يخدم مصالح البلدين' },
    ]);
    expect(positions('وقال الوزير نبيل الزعبي إن الخطة جاهزة. واختتم كلمته بقوله إن المرحلة المقبلة صعبة.').map((p) => [p.holder, p.statement])).toEqual([
      ['نبيل الزعبي', 'الخطة جاهزة'],
      ['نبيل الزعبي', 'المرحلة المقبلة صعبة'],
    ]);
  });

  it('takes no statement from بالقول with nothing said after it (by word and deed)', () => {
    expect(positions('ودعمت الحكومة المزارعين بالقول والعمل خلال السنوات الماضية.')).toEqual([]);
  });

  it('gives a participle after "لكن الأخير" to the one named last before it', () => {
    const text = 'وكشف المطران سامر الحديدي أن الكنيسة طلبت من الرئيس كمال الغربي تقديم موعد الانتخابات، لكن الأخير لم يقبل بهذا الطلب مكتفيا بالقول إن الحوار مستمر.';
    expect(positions(text).find((p) => p.cue === 'بالقول')).toMatchObject({ holder: 'كمال الغربي', statement: 'الحوار مستمر' });
  });

  it('keeps the first person of the sentence where no latter opens a clause', () => {
    const text = 'وتفقد الوزير كمال الغربي أمس الخط الأخير في المصنع، مؤكدا أن الإنتاج سيرتفع.';
    expect(positions(text)).toMatchObject([{ holder: 'كمال الغربي', cue: 'مؤكدا' }]);
  });

  it('gives it to a spokesman named by his title right after the sentence\'s verb, for his body, not to the last speaker', () => {
    const text = 'وقال الوزير كمال الغربي إن الوضع جيد. ورد المتحدث باسم وزارة الخارجية الأردنية قائلا إن عمان تنتظر الخطوات العملية.';
    expect(positions(text)).toMatchObject([{ holder: 'كمال الغربي' }, { holder: 'وزارة الخارجية الأردنية', cue: 'قائلا' }]);
  });
});
