import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';

describe('meeting context across sentences', () => {
  it('gives the place of a sides-less meeting sentence to the meeting reported next', () => {
    const text =
      'استضافت الرباط اليوم مباحثات حول ليبيا. واستقبل وزير الخارجية المغربي ناصر العلوي، اليوم الثلاثاء، جون سميث المبعوث الخاص الأمريكي.';
    const s = summarize(text);
    expect(s.meetings).toHaveLength(1);
    const m = s.meetings[0];
    expect(m.location).toBe('الرباط');
    expect(text.slice(m.locationSpan!.start, m.locationSpan!.end)).toBe('الرباط');
  });

  it('does not carry a place past the next meeting', () => {
    const text =
      'استضافت الرباط مباحثات. واستقبل وزير الخارجية المغربي ناصر العلوي جون سميث المبعوث الخاص الأمريكي. وفي اليوم التالي التقى الرئيس التونسي قيس الفاسي وزير الخارجية الجزائري أحمد بن علي.';
    const s = summarize(text);
    const second = s.meetings.find((m) => m.participants.includes('قيس الفاسي'));
    expect(second?.location ?? null).toBeNull();
  });

  it('reads the pronoun on "لقائه" as the person last spoken of', () => {
    const text =
      'وصل المبعوث الأمريكي جون سميث إلى القاهرة. وخلال لقائه بالأمين العام لجامعة الدول العربية حرص أحمد سالم الكبير على التأكيد على الحل.';
    const s = summarize(text);
    expect(s.meetings.some((m) => m.participants.includes('جون سميث') && m.participants.includes('أحمد سالم الكبير'))).toBe(true);
  });

  it('drops a body as a side where a named person stands for it', () => {
    const text = 'التقى وزير الخارجية المصري سامي عبد الله مع وفد من جامعة الدول العربية برئاسة الأمين العام أحمد سالم الكبير.';
    const s = summarize(text);
    expect(s.participants.map((p) => p.kind)).not.toContain('organization');
    expect(s.participants.map((p) => p.name)).toContain('أحمد سالم الكبير');
  });
});

describe('group references and elided titles', () => {
  it('takes the leaders named in the sentence before as the ones a summit "brought together"', () => {
    const text =
      'أكد كل من الرئيس الروسي، أنطون بيلوف، والتركي، مراد يلماز، على رفض الحل العسكري. جاء ذلك في البيان الختامي للقمة التي جمعت الزعيمين في أنقرة.';
    const s = summarize(text);
    expect(s.participants.map((p) => p.name)).toEqual(['أنطون بيلوف', 'مراد يلماز']);
    const turk = s.participants[1];
    expect(turk.country).toBe('TR');
    expect(turk.role).toBe('الرئيس التركي');
    expect(text.slice(turk.start, turk.end)).toBe('مراد يلماز');
  });

  it('does not reach back without a group word', () => {
    const text = 'أكد الرئيس الروسي أنطون بيلوف والرئيس التركي مراد يلماز رفض الحل العسكري. وعقدت القمة في أنقرة.';
    expect(summarize(text).participants).toEqual([]);
  });
});

describe('people named for their forces', () => {
  it('does not take a leader named after "ميليشيات" or "قوات" as a participant', () => {
    const text = 'التقى الرئيس اليمني سالم العمري أمس في الرياض السفير الصيني لي وانغ، وبحثا تحرير عدن من ميليشيات الحوثي وقوات المخلوع صالح.';
    const s = summarize(text);
    expect(s.participants.map((p) => p.name).sort()).toEqual(['سالم العمري', 'لي وانغ'].sort());
  });
});

describe('spokesmen named after "باسم"', () => {
  it('reads the body a spokesman speaks for into his title and leaves him out', () => {
    const text =
      'التقى وزير الخارجية المصري سامي عادل نظيره الأردني أحمد العلي، وقال المتحدث الرسمي باسم وزارة الخارجية المصرية أحمد حافظ إن اللقاء ناجح.';
    const s = summarize(text);
    expect(s.participants.map((p) => p.name)).not.toContain('أحمد حافظ');
  });
});

describe('place and date from the next sentence', () => {
  it('gives a headline meeting of listed countries the place and date of the sentence after it', () => {
    const text = 'وزراء مياه الأردن والعراق وسوريا يبحثون ملف السدود\nتنطلق غدا الأربعاء اجتماعات اللجنة الفنية في العاصمة العراقية بغداد.';
    const s = summarize(text);
    const m = s.meetings[0];
    expect(m?.location).toBe('العاصمة العراقية بغداد');
    expect(m?.date).toBe('غدا الأربعاء');
    expect(text.slice(m!.dateSpan!.start, m!.dateSpan!.end)).toBe('غدا الأربعاء');
  });
});

describe('merged meetings keep the fuller date', () => {
  it('prefers "اليوم الثلاثاء" to "اليوم" for the same meeting', () => {
    const text =
      'بحث وزير الخارجية المصري سامي عادل مع المبعوث الأمريكي جون سميث الأوضاع في سوريا. استضافت القاهرة اليوم مباحثات حول سوريا. واستقبل وزير الخارجية المصري سامي عادل، اليوم الثلاثاء، جون سميث المبعوث الخاص الأمريكي.';
    const s = summarize(text);
    expect(s.meetings).toHaveLength(1);
    expect(s.meetings[0].date).toBe('اليوم الثلاثاء');
    expect(s.meetings[0].location).toBe('القاهرة');
  });
});

describe('delegation members and meetings referred to again', () => {
  it('adds the members a later sentence lists to the meeting just reported', () => {
    const text =
      'التقى اليوم الأربعاء، أمين عام حركة النهضة، سامي الحداد، بالمشير خالد العبيدي في بنغازي. يذكر أن وفد الحركة ضم إلى جانب أمينه العام كلا من عضو المكتب التنفيذي كمال الصغير.';
    const s = summarize(text);
    expect(s.participants.map((p) => p.name)).toContain('كمال الصغير');
    expect(s.participants.find((p) => p.name === 'سامي الحداد')?.role).toBe('أمين عام حركة النهضة');
  });

  it('does not make a meeting of "this meeting" mentioned again', () => {
    const text = 'وأضاف البيان أن الحداد أعلم رئيس الجمهورية منصف العلوي بهذا اللقاء قبل حصوله.';
    expect(summarize(text).meetings).toEqual([]);
  });
});

describe('pluperfect background', () => {
  it('skips a meeting told in the pluperfect with no recent day', () => {
    const text = 'وكان الرئيس الأردني سامي العلي قد التقى نظيره العراقي أحمد الكبيسي في بغداد عام 2015.';
    expect(summarize(text).meetings).toEqual([]);
  });

  it('keeps one dated to yesterday', () => {
    const text = 'وكان وزير الخارجية الأردني سامي العلي قد اجتمع أمس في فرع وزارة الخارجية بجدة، مع وزير الخارجية المصري سامح عادل.';
    const m = summarize(text).meetings[0];
    expect(m?.date).toBe('أمس');
    expect(m?.location).toMatch(/جدة/);
  });
});

describe('the host of a reception at a seat of government', () => {
  it('takes the country of the palace for a host whose country was only guessed', () => {
    const text =
      'رئيس الجمهورية يلتقي رئيس الحكومة الليبية السابق\nاستقبل رئيس الجمهورية منصف العلوي، صباح اليوم الجمعة بقصر قرطاج، محمود جبريل، رئيس الحكومة الليبية السابق، وبحثا الأزمة في ليبيا وليبيا.';
    const s = summarize(text);
    const host = s.participants.find((p) => p.name === 'منصف العلوي');
    expect(host?.country).toBe('TN');
    expect(host?.roles).toEqual(['رئيس الجمهورية']);
    expect(s.meetings[0].kind).toBe('reception');
    expect(s.meetings[0].host).toBe('منصف العلوي');
  });
});

describe('the place is told near the cue', () => {
  it('does not take a place named forty words on, for another matter', () => {
    const text =
      'وعبر الرئيس اليمني سالم العمري خلال اجتماعه مع المستشار أحمد الكبير والمستشار حيدر العطار والمستشار عادل الجمل أمس عن سعادته بما حققته قوات الجيش الوطني وكذلك المقاومة الشعبية من انتصارات كبيرة ومتتالية على جبهات القتال المختلفة خلال الأسابيع الماضية في مختلف المحافظات والمديريات في عدن ولحج وأبين.';
    const s = summarize(text);
    expect(s.meetings.length).toBeGreaterThan(0);
    expect(s.meetings[0].location).toBeNull();
  });
});

describe('a city named as a capital', () => {
  it('is no meeting place: "اعترف بالقدس عاصمة لإسرائيل"', () => {
    const text = 'التقى الوزير سامر الحديدي نظيره كمال الغربي الاثنين، بعد أن اعترف الرئيس الأمريكي جون ميلر بالقدس عاصمة لإسرائيل.';
    const s = summarize(text);
    expect(s.meetings).toHaveLength(1);
    expect(s.meetings[0].location).toBeNull();
    // the same city as a place is one
    expect(summarize('التقى الوزير سامر الحديدي نظيره كمال الغربي الاثنين بالقدس.').meetings[0].location).toBe('القدس');
  });
});

describe('the country a visitor is visiting', () => {
  it('is the place of a meeting whose own words name none', () => {
    const text =
      'استقبل رئيس الأركان المصري محمد سالم، رئيس هيئة الأركان السعودي خالد الشمري والوفد المرافق له الذي يزور مصر حاليا، حسب بيان القيادة العامة، الأربعاء.';
    const m = summarize(text).meetings;
    expect(m).toHaveLength(1);
    expect(m[0].location).toBe('مصر');
    expect(text.slice(m[0].locationSpan!.start, m[0].locationSpan!.end)).toBe('مصر');
  });

  it('does not replace a place the meeting names', () => {
    const text = 'التقى وزير الخارجية الأمريكي جون ميلر، الذي يزور لبنان، الرئيس اللبناني سالم عون في القصر الرئاسي.';
    expect(summarize(text).meetings[0].location).toBe('القصر الرئاسي');
  });
});

describe('a venue of two words', () => {
  it('is the place whole, without the word after it', () => {
    const text = 'التقى وزير الخارجية الأمريكي جون ميلر الرئيس اللبناني سالم عون في القصر الرئاسي اليوم.';
    const m = summarize(text).meetings[0];
    expect(m.location).toBe('القصر الرئاسي');
    expect(text.slice(m.locationSpan!.start, m.locationSpan!.end)).toBe('القصر الرئاسي');
  });
});

describe('the city a visitor visits', () => {
  it('is the place of the meetings his visit sentence reports', () => {
    const text = 'وأكد الوزير سامر الحديدي أن الرئيس كمال الغربي زار القاهرة واجتمع بالرئيس المصري عادل الشامي سرا للبحث في الهدنة في قطاع غزة.';
    expect(summarize(text).meetings).toMatchObject([{ location: 'القاهرة' }]);
  });
});
