import { describe, expect, it } from 'vitest';
import { knownActor as rule } from '../../../src/entities/rules/known-actor.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a known office holder with no stated affiliation his office\'s country (its example)', () => {
    expect(entity(rule.example, 'سيرغي لافروف')).toMatchObject({ country: 'RU' });
    expect(entity(rule.example, 'سيرغي لافروف')?.rules).toContain(rule.id);
    expect(entity(rule.example, 'سامر الحديدي')?.country).toBeNull();
    expect(entity(rule.example, 'سيرغي لافروف', [rule.id])?.country).toBeNull();
  });

  it('gives no country to an unknown person with the same given name', () => {
    expect(entity('التقى سيرغي بافلوف الوزير سامر الحديدي في موسكو أمس.', 'سيرغي بافلوف')?.country).toBeNull();
  });
});

// Invented sentences around real office holders (lexicon/actors/cabinets.ts), with a dateline that
// gives the article's year (and no city, whose state would be read instead).
describe(`${rule.id}: Gulf cabinet ministers`, () => {
  it('gives a Saudi minister named by a bare title his state, from the lexicon', () => {
    const text = '3 مارس 2019\nوقال وزير الإسكان ماجد الحقيل إن المشروعات الجديدة ستسلم في موعدها.';
    expect(entity(text, 'ماجد الحقيل')).toMatchObject({ country: 'SA', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'ماجد الحقيل', [rule.id])?.country).toBeNull();
  });

  it('reads the name with its nasab, and the other portfolios', () => {
    const text = '10 يناير 2017\nوأكد وزير المالية محمد بن عبد الله الجدعان أن الميزانية تراعي الإنفاق الاجتماعي.';
    expect(entity(text, 'محمد بن عبد الله الجدعان')).toMatchObject({ country: 'SA', rules: expect.arrayContaining([rule.id]) });
    const t2 = '5 فبراير 2016\nوأوضح وزير التعليم عزام الدخيل أن الاختبارات ستعقد في موعدها.';
    expect(entity(t2, 'عزام الدخيل')).toMatchObject({ country: 'SA', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives the finance minister of another Gulf state his state', () => {
    const text = '2 أبريل 2018\nوقال وزير المالية علي شريف العمادي إن العجز سيتراجع هذا العام.';
    expect(entity(text, 'علي شريف العمادي')).toMatchObject({ country: 'QA', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives the head of a general authority his state', () => {
    const text = '3 مارس 2016\nوقال رئيس هيئة السياحة سلطان بن سلمان إن المواقع الأثرية ستفتح للزوار.';
    expect(entity(text, 'سلطان بن سلمان')).toMatchObject({ country: 'SA', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives nothing for a namesake in a year outside every term of the minister', () => {
    // Azzam al-Dakhil was minister of education in 2015-2016 only
    const text = '3 مارس 2012\nوقال الباحث عزام الدخيل إن المشروعات الجديدة ستسلم في موعدها.';
    expect(entity(text, 'عزام الدخيل')?.country).toBeNull();
  });

  it('keeps a stated nisba over the lexicon\'s state', () => {
    const text = '3 مارس 2019\nوقال وزير الإسكان الكويتي ماجد الحقيل إن المشروعات الجديدة ستسلم في موعدها.';
    expect(entity(text, 'ماجد الحقيل')?.country).toBe('KW');
    expect(entity(text, 'ماجد الحقيل')?.rules).not.toContain(rule.id);
  });
});

// Invented sentences around real office holders (lexicon/actors/world.ts); a dateline without a
// city gives the article's year.
describe(`${rule.id}: heads of state and government beyond the region`, () => {
  it('gives the North Korean leader his state', () => {
    const text = '12 يونيو 2018\nوقال الزعيم كيم جونغ أون إن بلاده مستعدة للحوار.';
    expect(entity(text, 'كيم جونغ أون')).toMatchObject({ country: 'KP', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'كيم جونغ أون', [rule.id])?.country).toBeNull();
  });

  it('gives a prime minister and a foreign minister their states', () => {
    const text = '3 مارس 2016\nوأكد رئيس الوزراء ناريندرا مودي أن بلاده ستعزز التعاون.';
    expect(entity(text, 'ناريندرا مودي')).toMatchObject({ country: 'IN', rules: expect.arrayContaining([rule.id]) });
    const t2 = '3 مارس 2016\nوقال وزير الخارجية خوسيه مانويل غارسيا مارغايو إن الحل السياسي ممكن.';
    expect(entity(t2, 'خوسيه مانويل غارسيا مارغايو')).toMatchObject({ country: 'ES', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives the Ukrainian president his state, and never takes Sochi for a Burmese leader', () => {
    const text = '3 مارس 2022\nوقال الرئيس فولوديمير زيلينسكي إن بلاده لن تتخلى عن أراضيها.';
    expect(entity(text, 'فولوديمير زيلينسكي')).toMatchObject({ country: 'UA', rules: expect.arrayContaining([rule.id]) });
    const t2 = '3 مارس 2018\nوعقد الرئيسان اجتماعا في سوتشي أمس.';
    expect(entity(t2, 'سوتشي')?.kind).not.toBe('person');
  });

  it('gives nothing in a year before every term of the office holder', () => {
    // Modi became prime minister in 2014
    const text = '3 مارس 2011\nوقال ناريندرا مودي إن الولاية ستعزز التعاون.';
    expect(entity(text, 'ناريندرا مودي')?.country).toBeNull();
  });

  it('keeps a stated nisba over the lexicon\'s state', () => {
    const text = '3 مارس 2016\nوقال رئيس الوزراء الياباني ناريندرا مودي إن بلاده ستعزز التعاون.';
    expect(entity(text, 'ناريندرا مودي')?.country).toBe('JP');
    expect(entity(text, 'ناريندرا مودي')?.rules).not.toContain(rule.id);
  });
});

// Invented sentences around real US office holders (lexicon/actors/powers.ts); a dateline without a
// city gives the article's year.
describe(`${rule.id}: US security officials and ambassadors`, () => {
  it('gives a national security adviser and a director of the FBI their state', () => {
    const text = '3 مايو 2018\nوقال مستشار الأمن القومي جون بولتون إن الإدارة تدرس كل الخيارات.';
    expect(entity(text, 'جون بولتون')).toMatchObject({ country: 'US', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'جون بولتون', [rule.id])?.country).toBeNull();
    const t2 = '3 مايو 2016\nوأوضح مدير مكتب التحقيقات جيمس كومي أن التحقيق مستمر.';
    expect(entity(t2, 'جيمس كومي')).toMatchObject({ country: 'US', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives an ambassador to the UN her state, not the UN', () => {
    const text = '3 مايو 2022\nوقالت المندوبة ليندا توماس غرينفيلد إن المجلس سيصوت على القرار.';
    expect(entity(text, 'ليندا توماس غرينفيلد')).toMatchObject({ country: 'US', organization: null, rules: expect.arrayContaining([rule.id]) });
  });

  it('gives a cabinet secretary his state', () => {
    const text = '3 مايو 2018\nوقال وزير الخزانة ستيفن منوتشين إن العقوبات ستبقى.';
    expect(entity(text, 'ستيفن منوتشين')).toMatchObject({ country: 'US', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives nothing in a year outside every term of the office holder', () => {
    // Bolton was ambassador to the UN in 2005-2006 and national security adviser in 2018-2019
    const text = '3 مايو 2014\nوقال الكاتب جون بولتون إن الإدارة تدرس كل الخيارات.';
    expect(entity(text, 'جون بولتون')?.country).toBeNull();
  });

  it('keeps a stated nisba over the lexicon\'s state', () => {
    const text = '3 مايو 2018\nوقال السفير البريطاني جون بولتون إن الحكومة تدرس كل الخيارات.';
    expect(entity(text, 'جون بولتون')?.country).toBe('GB');
    expect(entity(text, 'جون بولتون')?.rules).not.toContain(rule.id);
  });
});

// Invented sentences around real holders of Arab offices (lexicon/actors/arabOffices.ts); a dateline
// without a city gives the article's year.
describe(`${rule.id}: Arab parliament speakers and chiefs of staff`, () => {
  it('gives a speaker his state and parliament, and a chief of staff his state', () => {
    const text = '3 مارس 2016\nوقال رئيس مجلس النواب سليم الجبوري إن القوانين ستقر قريبا.';
    expect(entity(text, 'سليم الجبوري')).toMatchObject({ country: 'IQ', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'سليم الجبوري')?.organization).toBeTruthy();
    const t2 = '3 مارس 2014\nوأكد رئيس هيئة الأركان المشتركة مشعل الزبن أن الحدود آمنة.';
    expect(entity(t2, 'مشعل الزبن')).toMatchObject({ country: 'JO', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives nothing in a year after the term', () => {
    const text = '3 مارس 2021\nوقال سليم الجبوري إن القوانين ستقر قريبا.';
    expect(entity(text, 'سليم الجبوري')?.country ?? null).toBeNull();
  });
});

describe(`${rule.id}: heads of international agencies`, () => {
  it('gives the head of a UN agency the agency and no state', () => {
    const text = '3 مارس 2021\nوقال المفوض العام فيليب لازاريني إن الوكالة تواجه عجزا في ميزانيتها.';
    expect(entity(text, 'فيليب لازاريني')).toMatchObject({ country: null, rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'فيليب لازاريني')?.organization).toBeTruthy();
  });

  it('gives nothing in a year before the term', () => {
    const text = '3 مارس 2012\nوقال فيليب لازاريني إن الوكالة تواجه عجزا في ميزانيتها.';
    expect(entity(text, 'فيليب لازاريني')?.organization ?? null).toBeNull();
  });
});

describe(`${rule.id}: security chiefs of Iran and Israel`, () => {
  it('gives a security chief his state', () => {
    const text = '3 مارس 2018\nوقال أمين المجلس الأعلى للأمن القومي علي شمخاني إن بلاده لن تتفاوض.';
    expect(entity(text, 'علي شمخاني')).toMatchObject({ country: 'IR', rules: expect.arrayContaining([rule.id]) });
    const t2 = '3 مارس 2020\nوقال رئيس الأركان أفيف كوخافي إن الجيش مستعد.';
    expect(entity(t2, 'أفيف كوخافي')).toMatchObject({ country: 'IL', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives nothing in a year before the term', () => {
    const text = '3 مارس 2012\nوقال أفيف كوخافي إن الجيش مستعد.';
    expect(entity(text, 'أفيف كوخافي')?.country ?? null).toBeNull();
  });
});

describe(`${rule.id}: Egyptian interior and finance ministers`, () => {
  it('gives a minister named by a bare title his state', () => {
    const text = '3 مارس 2020\nوقال وزير المالية محمد معيط إن العجز سيتراجع.';
    expect(entity(text, 'محمد معيط')).toMatchObject({ country: 'EG', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives nothing in a year before the term', () => {
    const text = '3 مارس 2012\nوقال محمد معيط إن العجز سيتراجع.';
    expect(entity(text, 'محمد معيط')?.country ?? null).toBeNull();
  });
});

// Invented sentences around real holders of Saudi offices outside the cabinet (lexicon/actors/
// saudiOffices.ts); a dateline without a city gives the article's year.
describe(`${rule.id}: Saudi region emirs, security chiefs and religious offices`, () => {
  it('gives a region emir named by a bare title his state', () => {
    const text = '3 مارس 2016\nوقال أمير المنطقة فيصل بن بندر إن المشروعات ستنجز في موعدها.';
    expect(entity(text, 'فيصل بن بندر')).toMatchObject({ country: 'SA', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'فيصل بن بندر', [rule.id])?.country).toBeNull();
  });

  it('gives the director of public security and the head of state security their state', () => {
    const text = '5 أغسطس 2015\nوأكد مدير الأمن العام عثمان بن ناصر المحرج أن الخطة الأمنية جاهزة.';
    expect(entity(text, 'عثمان بن ناصر المحرج')).toMatchObject({ country: 'SA', rules: expect.arrayContaining([rule.id]) });
    const t2 = '5 أغسطس 2019\nوقال عبد العزيز الهويريني إن الأجهزة الأمنية تعمل بتنسيق كامل.';
    expect(entity(t2, 'عبد العزيز الهويريني')).toMatchObject({ country: 'SA', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives the grand mufti and the head of the two holy mosques their state', () => {
    const text = '5 أغسطس 2015\nوأوضح عبد الرحمن السديس أن خطة الموسم تشمل توسعة المصليات.';
    expect(entity(text, 'عبد الرحمن السديس')).toMatchObject({ country: 'SA', rules: expect.arrayContaining([rule.id]) });
    const t2 = '5 أغسطس 2015\nوقال المفتي عبد العزيز بن عبد الله آل الشيخ إن الفتوى واضحة.';
    expect(entity(t2, 'عبد العزيز بن عبد الله آل الشيخ')).toMatchObject({ country: 'SA', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives nothing in a year before every term, and never keys on a father\'s name a namesake shares', () => {
    // al-Huwairini has headed state security since 2017
    const text = '3 مارس 2010\nوقال الباحث عبد العزيز الهويريني إن الدراسة ستنشر قريبا.';
    expect(entity(text, 'عبد العزيز الهويريني')?.country ?? null).toBeNull();
    // the emir of Asir is listed with his grandfather's name only (فيصل بن خالد بن عبد العزيز)
    const t2 = '3 مارس 2016\nوقال رجل الأعمال فيصل بن خالد إن المشروعات ستنجز في موعدها.';
    expect(entity(t2, 'فيصل بن خالد')?.country ?? null).toBeNull();
  });
});

// Invented sentences around real Tunisian office holders (lexicon/actors/maghrebCabinets.ts); a
// dateline without a city gives the article's year.
describe(`${rule.id}: Tunisian ministers, union and party leaders`, () => {
  it('gives a minister named by a bare title his state', () => {
    const text = '3 مارس 2016\nوقال وزير الداخلية الهادي مجدوب إن الوضع الأمني مستقر.';
    expect(entity(text, 'الهادي مجدوب')).toMatchObject({ country: 'TN', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'الهادي مجدوب', [rule.id])?.country).toBeNull();
  });

  it('gives the head of the national union his state and the union', () => {
    const text = '3 مارس 2016\nوأكد حسين العباسي أن المفاوضات الاجتماعية ستستأنف الأسبوع المقبل.';
    expect(entity(text, 'حسين العباسي')).toMatchObject({ country: 'TN', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'حسين العباسي')?.organization).toBeTruthy();
  });

  it('gives nothing in a year before every term', () => {
    // Jalloul was minister of education in 2015-2017
    const text = '3 مارس 2011\nوقال الباحث ناجي جلول إن الدراسة ستنشر قريبا.';
    expect(entity(text, 'ناجي جلول')?.country ?? null).toBeNull();
  });
});

// Invented sentences around real officials of the powers (lexicon/actors/powerOfficials.ts); a
// dateline without a city gives the article's year.
describe(`${rule.id}: advisers, spokespeople, legislators and interior ministers of the powers`, () => {
  it('gives a White House adviser and a senator their state', () => {
    const text = '3 مايو 2018\nوقال جاريد كوشنر إن خطة السلام ستعلن قريبا.';
    expect(entity(text, 'جاريد كوشنر')).toMatchObject({ country: 'US', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'جاريد كوشنر', [rule.id])?.country).toBeNull();
    const t2 = '3 مايو 2018\nوطالب بوب كوركر بفرض عقوبات جديدة.';
    expect(entity(t2, 'بوب كوركر')).toMatchObject({ country: 'US', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives a European interior minister and the Kremlin spokesman their states', () => {
    const text = '4 يوليو 2018\nوقال وزير الداخلية هورست زيهوفر إن الحكومة ستشدد الرقابة على الحدود.';
    expect(entity(text, 'هورست زيهوفر')).toMatchObject({ country: 'DE', rules: expect.arrayContaining([rule.id]) });
    const t2 = '4 يوليو 2018\nوقال المتحدث ديمتري بيسكوف إن موعد القمة لم يحدد بعد.';
    expect(entity(t2, 'ديمتري بيسكوف')).toMatchObject({ country: 'RU', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives nothing in a year before every term', () => {
    // Seehofer became Germany's interior minister in 2018, after ten years at the head of Bavaria
    const text = '4 يوليو 2005\nوقال هورست زيهوفر إن الحكومة ستشدد الرقابة على الحدود.';
    expect(entity(text, 'هورست زيهوفر')?.country ?? null).toBeNull();
  });
});

// Invented sentences around real Arab officials (lexicon/actors/arabOfficials.ts); a dateline
// without a city gives the article's year.
describe(`${rule.id}: Arab spokesmen, intelligence chiefs and ministers beyond the cabinets' heads`, () => {
  it('gives an intelligence chief his state and service, and a minister his state', () => {
    const text = '3 مارس 2015\nوقال مدير المخابرات العامة فيصل الشوبكي إن التعاون مستمر.';
    expect(entity(text, 'فيصل الشوبكي')).toMatchObject({ country: 'JO', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'فيصل الشوبكي')?.organization).toBeTruthy();
    expect(entity(text, 'فيصل الشوبكي', [rule.id])?.country ?? null).toBeNull();
    const t2 = '3 مارس 2016\nوأكد وزير الكهرباء قاسم الفهداوي أن الإنتاج سيرتفع في الصيف.';
    expect(entity(t2, 'قاسم الفهداوي')).toMatchObject({ country: 'IQ', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives a spokesman his state, and an Arab League official the League and no state', () => {
    const text = '3 مارس 2015\nوقال المتحدث علاء يوسف إن الزيارة تأتي في إطار التشاور المستمر.';
    expect(entity(text, 'علاء يوسف')).toMatchObject({ country: 'EG', rules: expect.arrayContaining([rule.id]) });
    const t2 = '3 مارس 2015\nوقال أحمد بن حلي إن الاجتماع سيعقد الأسبوع المقبل.';
    expect(entity(t2, 'أحمد بن حلي')).toMatchObject({ country: null, rules: expect.arrayContaining([rule.id]) });
    expect(entity(t2, 'أحمد بن حلي')?.organization).toBeTruthy();
  });

  it('gives nothing in a year outside every term', () => {
    // Alaa Youssef was the Egyptian presidency's spokesman in 2014-2016
    const text = '3 مارس 2020\nوقال علاء يوسف إن الزيارة تأتي في إطار التشاور المستمر.';
    expect(entity(text, 'علاء يوسف')?.country ?? null).toBeNull();
  });
});

// Invented sentences around real officials of the region (lexicon/actors/regionOfficials.ts); a
// dateline without a city gives the article's year.
describe(`${rule.id}: officials of the region beyond the cabinets' heads`, () => {
  it('gives a presidential adviser and a minister of state their states', () => {
    const text = '3 مارس 2016\nوقالت بثينة شعبان إن الحكومة مستعدة للحوار.';
    expect(entity(text, 'بثينة شعبان')).toMatchObject({ country: 'SY', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'بثينة شعبان', [rule.id])?.country ?? null).toBeNull();
    const t2 = '3 مارس 2018\nوقالت نورة الكعبي إن المهرجان سيفتتح الأسبوع المقبل.';
    expect(entity(t2, 'نورة الكعبي')).toMatchObject({ country: 'AE', rules: expect.arrayContaining([rule.id]) });
  });

  it('reads a surname that is also an Arabic word as the adviser only after a verb of saying', () => {
    const text = '3 مارس 2018\nوقال ولايتي إن بلاده لن تقبل أي تعديل على الاتفاق.';
    expect(entity(text, 'ولايتي')).toMatchObject({ country: 'IR', rules: expect.arrayContaining([rule.id]) });
    // "ولايتي فارياب وقندوز": the two provinces
    const t2 = '3 مارس 2018\nوتقدم المسلحون في ولايتي فارياب وقندوز خلال الأسبوع الماضي.';
    expect(entity(t2, 'ولايتي')?.kind).not.toBe('person');
  });

  it('gives the Coptic pope, named by his title and name alone, his state', () => {
    const text = '3 مارس 2018\nوقال البابا تواضروس إن الكنيسة ترحب بالمبادرة.';
    expect(entity(text, 'تواضروس')).toMatchObject({ country: 'EG', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives a president of the Arab Parliament the parliament and no state', () => {
    const text = '3 مارس 2015\nوقال أحمد بن محمد الجروان إن البرلمان سيعقد جلسة طارئة.';
    expect(entity(text, 'أحمد بن محمد الجروان')).toMatchObject({ country: null, rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'أحمد بن محمد الجروان')?.organization).toBeTruthy();
  });
});

describe(`${rule.id}: Egyptian ministers beyond interior and finance`, () => {
  it('gives a minister named by a bare title his state', () => {
    const text = '3 مارس 2018\nوقال وزير الري محمد عبد العاطي إن المفاوضات مستمرة.';
    expect(entity(text, 'محمد عبد العاطي')).toMatchObject({ country: 'EG', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'محمد عبد العاطي', [rule.id])?.country ?? null).toBeNull();
  });

  it('gives nothing in a year before every term', () => {
    // Tarek El Molla became minister of petroleum in 2015
    const text = '3 مارس 2011\nوقال المهندس طارق الملا إن الإنتاج سيرتفع.';
    expect(entity(text, 'طارق الملا')?.country ?? null).toBeNull();
  });
});
