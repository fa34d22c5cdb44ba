import { describe, expect, it } from 'vitest';
import { people, stated } from '../rules/read.js';

// A name ends before a present verb with an object pronoun (يرافقه) and before a word with tanween (تاركًا).
describe('name words: verbs with an object pronoun and words with tanween end a name', () => {
  it('ends a name before a present verb with an object pronoun', () => {
    const text = 'واستقبل الأمير كمال الغربي أمير المنطقة أمس رئيس المجلس سامر بن علي الحديدي يرافقه وفد من أعضاء المجلس.';
    expect(people(text)).toContain('سامر بن علي الحديدي');
    expect(people(text).some((n) => n.includes('يرافقه'))).toBe(false);
  });

  it('ends a name before a word with tanween', () => {
    const text = 'ورحل الأمير مازن الخطيب تاركًا إرثًا كبيرا، وقال الوزير سامر الحديدي إن الراحل خدم بلاده.';
    expect(people(text).some((n) => n.includes('تارك'))).toBe(false);
  });

  it('ends a name before a word shaped like a present verb that the article writes once (a headline)', () => {
    expect(people('الأمير سامر بن فهد يحاور الطلاب في الجامعة')).toEqual(['سامر بن فهد']);
    expect(people('كمال الغربي يعتذر\nقدم الوزير كمال الغربي اعتذاره للناخبين.')).toEqual(['كمال الغربي']);
    // a surname of that shape written again, or set off by a comma, stays in the name
    expect(people('وقال محمود يلدرك إن المحادثات مفيدة، وأضاف يلدرك أنها ستستأنف.')).toContain('محمود يلدرك');
    expect(people('والتقى الرئيس الكوري سو كيم يلدرك، في العاصمة.')).toEqual(['سو كيم يلدرك']);
  });

  it('keeps a name word that ends in ة as written (not a pronoun)', () => {
    expect(people('وقال الباحث سامر تيمية إن الدراسة مهمة.')).toContain('سامر تيمية');
  });
});

describe('باسم before a common noun', () => {
  it('is "in the name of", not the given name Bassem, nor a name word after another name', () => {
    expect(people('وقدم رئيس الوزراء كمال الغربي باسم الحكومة التعازي لعائلة الضحية.')).toEqual(['كمال الغربي']);
    expect(people('وقال باسم عوض الله إن الوضع هادئ.')).toEqual(['باسم عوض الله']);
  });
});

describe('an occupation with the article after a name', () => {
  it('ends the name: the expert, the researcher, the analyst is his title, not his surname', () => {
    expect(people('وقال سامر الحديدي الخبير في شؤون الطاقة إن الأسعار سترتفع.')).toEqual(['سامر الحديدي']);
    expect(people('وأوضحت ليلى العمري الباحثة في علم الاجتماع أن الظاهرة جديدة.')).toEqual(['ليلى العمري']);
    expect(people('وقال كمال الغربي المحلل السياسي إن الانتخابات ستتأجل.')).toEqual(['كمال الغربي']);
  });

  it('keeps a family name that is also an occupation word but not listed (الكاتب)', () => {
    expect(people('وقال سامر الكاتب إن الأسعار سترتفع.')).toEqual(['سامر الكاتب']);
  });
});

describe('a title that is also a family name, before a city', () => {
  it('opens the office, not the name: "الأمير فلان بن فلان محافظ جدة"', () => {
    // (the city named again later, as a festival's, once made the title word a family name)
    expect(people('وأوضح الأمير مازن بن طلال محافظ جدة رئيس لجنة مهرجان جدة أن المهرجان ناجح.')).toEqual(['مازن بن طلال']);
  });

  it('stays the family name before no place (غادة والي إن)', () => {
    expect(people('وقالت الوزيرة غادة والي إن البرنامج مستمر.')).toEqual(['غادة والي']);
  });
});

describe('the place an office is of, with ب, before the name', () => {
  it('belongs to the title: "مدير التعليم بمنطقة الجوف فلان"', () => {
    expect(people('وأكد مدير عام التعليم بمنطقة الجوف سامر بن علي الحديدي أن الدراسة ستبدأ في موعدها.')).toEqual(['سامر بن علي الحديدي']);
    expect(people('وصرح مدير عام الصحة بمدينة جدة سامر بن علي الحديدي بأن المستشفى جاهز.')).toEqual(['سامر بن علي الحديدي']);
  });
});

describe('مما، ممن، عما، بما after a name', () => {
  it('end the name: "الوزير فلان ممن يؤيدون" is فلان', () => {
    expect(people('ويعد الوزير سامر الحديدي ممن يؤيدون الخطة.')).toEqual(['سامر الحديدي']);
    expect(people('وتحدث الوزير كمال الغربي عما جرى في الاجتماع.')).toEqual(['كمال الغربي']);
  });

  it('end the name before برفقة، بصحبة، جانبا', () => {
    expect(people('ووصل الوزير سامر الحديدي برفقة وفد رفيع إلى العاصمة.')).toEqual(['سامر الحديدي']);
    expect(people('ويروي الوزير كمال الغربي جانبا من تلك الأيام.')).toEqual(['كمال الغربي']);
  });

  it('never open a name: a clause after مما is no person', () => {
    const text = 'واستقبل الرئيس سامر الحديدي الوزير كمال الغربي، مما سيمثل دعما قويا لطموحات الحزب.';
    expect(people(text).some((n) => n.includes('مما'))).toBe(false);
  });
});

describe('name words: an honorific ends a name, a lineage particle makes a word a given name', () => {
  it('ends a name before an honorific or "his happiness" (سعادته، معاليه)', () => {
    expect(stated('وأبدى سعد الحامد سعادته بنتائج الفريق في البطولة.')[0]).toMatch(/^سعد الحامد: /u);
  });

  it('reads a given name that is also a word (عادل، صالح) as a name before بن or آل and a name word', () => {
    const text = 'إلى ذلك قال عادل آل حسون أمين مجلس الشباب إن الملتقى يستقبل زواره يوميا.';
    expect(people(text)).toContain('عادل آل حسون');
    expect(stated(text)[0]).toMatch(/^عادل آل حسون: /u);
    expect(people('وأوضح صالح بن فهد المطيري أن المشروع سينتهي قريبا.')).toContain('صالح بن فهد المطيري');
  });
});

describe('name words: the outlet spoken to, and a nisba after an indefinite title', () => {
  it('reads "مسؤول يمني لرويترز" as a Yemeni official speaking to Reuters, no person', () => {
    expect(people('وقال مسؤول يمني لرويترز إن الهجوم فشل. والتقى الوزير سامر الحديدي نظيره كمال الغربي.')).not.toContain('يمني لرويترز');
    expect(stated('وقال مسؤول يمني لرويترز إن الهجوم فشل.')[0]).toMatch(/^مسؤول يمني: /u);
    expect(stated('وقال مسؤول تركي لـCNN إن التحقيق مستمر.')[0]).toMatch(/^مسؤول تركي: /u);
  });

  it('keeps a given name that is also a nisba after a definite title (الأمير تركي الفيصل)', () => {
    expect(people('والتقى الأمير تركي الفيصل الوزير سامر الحديدي في الرياض.')).toContain('تركي الفيصل');
  });
});
