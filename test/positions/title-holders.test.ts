import { describe, expect, it } from 'vitest';
import { stated } from '../rules/read.js';

// A title with no name after it (رئيسة الوزراء، رئيس الوزراء الأردني) is the person seen with that title.
describe('a title alone names the one seen with it', () => {
  it('reads the feminine form of a title as the title a woman was named with', () => {
    const text = 'التقت رئيس الوزراء سارة الكامل بالسفير كريم البدري في العاصمة. وأكدت رئيسة الوزراء أن التعاون سيستمر بين البلدين.';
    expect(stated(text)).toEqual(['سارة الكامل: التعاون سيستمر بين البلدين']);
  });

  it('reads رئيس الوزراء as رئيس الحكومة, and a country adjective as the person\'s country', () => {
    const text = 'وعقد رئيس المجلس سامر الحديدي مؤتمرا صحفيا مع رئيس الحكومة الأردنية، كمال الغربي، أمس. وقال الحديدي إن الاتفاق جيد. ونوه رئيس الوزراء الأردني إلى أن الحوار سيستمر حتى الصيف.';
    expect(stated(text)).toEqual(['سامر الحديدي: الاتفاق جيد', 'كمال الغربي: أن الحوار سيستمر حتى الصيف']);
  });

  it('reads الوالي and العمدة as the governor or mayor named before (والي is no و + ال)', () => {
    const text = 'من جهته، أكد والي الجهة، سامي الغابي، أن التعزيزات وصلت. وقال الوالي إن الوضع هادئ.';
    expect(stated(text)).toEqual(['سامي الغابي: التعزيزات وصلت', 'سامي الغابي: الوضع هادئ']);
    const mayor = 'وقال عمدة بلدية الشمال كمال الغربي إن الوضع هادئ. وأضاف العمدة أن الأمن مستتب.';
    expect(stated(mayor)).toEqual(['كمال الغربي: الوضع هادئ', 'كمال الغربي: الأمن مستتب']);
  });

  it('reads an envoy\'s post after لدى as part of the title, and the name after it as the holder', () => {
    expect(stated('وقال السفير الأردني لدى مصر كمال الغربي إن بلاده سترد.')).toEqual(['كمال الغربي: بلاده سترد']);
    expect(stated('وقالت مندوبة الأردن لدى الأمم المتحدة سارة الكامل، في بيان إن بلادها سترد.')).toEqual(['سارة الكامل: بلادها سترد']);
    // لدى before a verbal noun is when he spoke, no post
    expect(stated('وقال السفير الأردني لدى وصوله إن الزيارة مهمة.')).toEqual(['السفير الأردني: الزيارة مهمة']);
  });

  it('reads the name after a title\'s quoted body as the holder, and a title alone without its quote marks', () => {
    expect(stated('من جهتها، أكدت عمدة بلدية "النور" سارة الكامل أن الوضع هادئ.')).toEqual(['سارة الكامل: الوضع هادئ']);
    expect(stated('وقال رئيس حزب «النور» في بيان إن الوضع هادئ.')).toEqual(['رئيس حزب النور: الوضع هادئ']);
    // after an honorific, the quoted word is the name: what follows is the statement
    expect(stated('ووصف الدكتور «الكامل» أيام العطل بمواسم السهر.').map((s) => s.split(':')[0])).not.toContain('الكامل أيام العطل');
  });

  it('keeps the title where the country adjective is another country\'s', () => {
    const text = 'وعقد رئيس المجلس سامر الحديدي مؤتمرا صحفيا مع رئيس الحكومة الأردنية، كمال الغربي، أمس. ونوه رئيس الوزراء المصري إلى أن الحوار سيستمر حتى الصيف.';
    expect(stated(text)).toEqual(['رئيس الوزراء المصري: أن الحوار سيستمر حتى الصيف']);
  });
});

// A seat of government (البيت الأبيض، الكرملين) speaks for its state; its two words are one subject.
describe('a seat of government as a subject', () => {
  it('keeps both words of the seat before a direct object', () => {
    expect(stated('ونفى البيت الأبيض العلاقة المزعومة مع الشركة.')).toEqual(['البيت الأبيض: العلاقة المزعومة مع الشركة']);
  });
});

// A participle of manner after the cue (قال مبتسما، قال فلان متأسفا) tells how he spoke, not who.
describe('a participle of manner', () => {
  it('is passed over as a subject: the current speaker goes on', () => {
    const text = 'وقال الوزير سامر الحديدي إن الخطة جاهزة. وقال متأسفا: إننا متأخرون جدا في هذا المجال.';
    expect(stated(text)).toEqual(['سامر الحديدي: الخطة جاهزة', 'سامر الحديدي: إننا متأخرون جدا في هذا المجال']);
  });

  it('ends the name before it', () => {
    expect(stated('وقال الوزير سامر الحديدي مبتسما: لا شكرا لن أشرب شيئا.')).toEqual(['سامر الحديدي: لا شكرا لن أشرب شيئا']);
  });

  it('leaves alone a name of that shape after a particle, and a noun with a pronoun suffix', () => {
    expect(stated('وقال المبعوث الأممي ستيفان دي مستورا إن الحل قريب.')).toEqual(['ستيفان دي مستورا: الحل قريب']);
    expect(stated('وقال مراسلنا إن الدفاع الجوي اعترض صاروخا فوق المدينة.')).toEqual(['مراسلنا: الدفاع الجوي اعترض صاروخا فوق المدينة']);
  });
});

// A holder's name ends at a verb or a comma inside it (بوث يقول، فلان، كبير المفاوضين).
describe('a holder cut at a verb or a comma', () => {
  it('ends the name at a verb of saying after it', () => {
    expect(stated('وكتب سامر بوث يقول: إن طموحات الدنماركيين أقل.')).toEqual(['سامر بوث: إن طموحات الدنماركيين أقل']);
  });

  it('drops a holder left with no name', () => {
    expect(stated('وكشف عما قال إنه آخر الإنجازات النووية في البلاد.')).toEqual([]);
  });
});

describe('a form of address before the subject', () => {
  it('is no part of its name or title (صاحب السمو الملكي، سعادة، فضيلة)', () => {
    expect(stated('وأوضح صاحب السمو الملكي الأمير مازن بن طلال أن المهرجان يهدف إلى تعزيز السياحة.')).toEqual(['مازن بن طلال: المهرجان يهدف إلى تعزيز السياحة']);
    expect(stated('وأكد فضيلة الشيخ سامر الحديدي أن الصيام عبادة.')).toEqual(['سامر الحديدي: الصيام عبادة']);
  });

  it('leaves a subject that is the form alone, and a صاحب that is no form of address', () => {
    expect(stated('وأكد صاحب المتجر كمال الغربي أن الأسعار سترتفع.')).toEqual(['كمال الغربي: الأسعار سترتفع']);
  });
});

describe('a part of a time after the verb', () => {
  it('is no subject: "وكان فلان قال أواخر الشهر الماضي إن …"', () => {
    expect(stated('وكان الوزير كمال الغربي قال أواخر الشهر الماضي إن المحادثات ستبدأ في سبتمبر.')).toEqual(['كمال الغربي: المحادثات ستبدأ في سبتمبر']);
    expect(stated('وقال أبان الحديدي إن الضرائب ستنخفض.')).toEqual(['أبان الحديدي: الضرائب ستنخفض']);
  });
});

describe('a title whose complement is a city (محافظ جدة)', () => {
  it('holds the statement as a title, not the city', async () => {
    const { summarize } = await import('../../src/index.js');
    const holders = (text: string) => summarize(text).positions.map((p) => p.holder);
    expect(holders('وأكد محافظ جدة أن الأوضاع في المحافظة مستقرة تماما.')).toEqual(['محافظ جدة']);
    expect(holders('واستقبل محافظ جدة الأمير سامر بن كمال الوفد أمس. وأكد محافظ جدة أن الأوضاع في المحافظة مستقرة تماما.')).toEqual(['سامر بن كمال']);
  });
});

describe('a title head of one word and its complement with no article (وزير خارجية كوريا، مسؤول إماراتي بارز)', () => {
  it('is the holder whole, not its complement read as a name', async () => {
    const { summarize } = await import('../../src/index.js');
    const holders = (text: string) => summarize(text).positions.map((p) => p.holder);
    expect(holders('وحذر وزير خارجية كوريا الشمالية من أن العقوبات الجديدة ستفشل.')).toEqual(['وزير خارجية كوريا الشمالية']);
    expect(holders('وقال مسؤول إماراتي بارز إن العلاقات مع الجيران ليست في أحسن حالاتها.')).toEqual(['مسؤول إماراتي بارز']);
    // (after a complement, a run that no list of names holds may still be a name)
    expect(holders('وقال وزير الصحة سامر الحديدي إن المستشفيات جاهزة لاستقبال المرضى.')).toEqual(['سامر الحديدي']);
  });
});

describe('a title head with a state as its complement (أمير قطر)', () => {
  it('names the one seen with that title, as a definite title does', async () => {
    const { summarize } = await import('../../src/index.js');
    const text = 'واستقبل أمير قطر الشيخ سامر بن كمال الوفد الفرنسي أمس. وأكد أمير قطر أن العلاقات بين البلدين متينة.';
    expect(summarize(text).positions.map((p) => p.holder)).toEqual(['سامر بن كمال']);
  });
});

describe('a bare title head before a complement that is also a given name (ولي عهد، مسؤول تركي)', () => {
  it('keeps the head: the complement is no name', async () => {
    const { summarize } = await import('../../src/index.js');
    const holders = (text: string) => summarize(text).positions.map((p) => p.holder);
    expect(holders('وأعرب ولي عهد البحرين عن تقديره للجهود التي بذلتها الحكومة.')).toEqual(['ولي عهد البحرين']);
    expect(holders('وقال مسؤول تركي كبير إن القضاء مستقل في هذه القضية.')).toEqual(['مسؤول تركي كبير']);
    // (على is علي once normalised: no given name)
    expect(holders('وقال مسؤول سعودي على صلة بالتحقيق إن الأدلة كافية لإدانتهم.')).toEqual(['مسؤول سعودي على صلة بالتحقيق']);
  });
});

describe('a body named by its head noun and genitive (مجلس الوزراء، مكتب رئيس الوزراء)', () => {
  it('holds whole: the genitive is no title of a name before it', async () => {
    const { summarize } = await import('../../src/index.js');
    const holders = (text: string) => summarize(text).positions.map((p) => p.holder);
    expect(holders('وقال مجلس الوزراء في بيان إن الخطة جاهزة للتنفيذ.')).toEqual(['مجلس الوزراء']);
    expect(holders('وقال مكتب رئيس الوزراء الأردني إنه ليس لديه رد على التصريحات.')).toEqual(['مكتب رئيس الوزراء الأردني']);
  });
});

describe('a body\'s feminine noun and its adjectives before a direct object (الهيئة الوطنية للصحافة)', () => {
  it('holds whole, the object after it being the statement', async () => {
    const { summarize } = await import('../../src/index.js');
    const r = summarize('وانتقدت الهيئة الوطنية للصحافة تقرير المنظمة الدولية عن الحريات.');
    expect(r.positions.map((p) => [p.holder, p.statement])).toEqual([['الهيئة الوطنية للصحافة', 'تقرير المنظمة الدولية عن الحريات']]);
  });
});

describe('an embassy, a mission or an observatory as the subject of a direct-object verb', () => {
  it('holds what it says of the object (اتهمت السفارة الروسية بريطانيا بحجب …)', async () => {
    const { summarize } = await import('../../src/index.js');
    const r = summarize('واتهمت السفارة الروسية بريطانيا بحجب معلومات عمدا في قضية الجاسوس.');
    expect(r.positions.map((p) => p.holder)).toEqual(['السفارة الروسية']);
  });
});

describe('a second person introduced with و in a subject (… وفخامة الرئيس فلان، أمير قطر والرئيس فلان)', () => {
  it('does not read the form of address and what follows into the first title', () => {
    const text = 'عقد الشيخ سالم بن حمد الغانم أمير البلاد المفدى وفخامة الرئيس كمال الغربي رئيس الجمهورية جلسة مباحثات اليوم. وأكد سمو الأمير حرص بلاده على تطوير العلاقات.';
    expect(stated(text)).toEqual(['سالم بن حمد الغانم: حرص بلاده على تطوير العلاقات']);
  });

  it('does not read the next person into the name after a title completed by its state', () => {
    const text = 'التقى الشيخ سالم بن حمد الغانم أمير قطر والرئيس كمال الغربي في باريس اليوم. وأكد الأمير حرص بلاده على تطوير العلاقات.';
    expect(stated(text)).toEqual(['سالم بن حمد الغانم: حرص بلاده على تطوير العلاقات']);
  });
});

describe('a member who sits for a bloc or a constituency (النائب عن حزب فلان)', () => {
  it('is the name after the bloc, not the bare title', () => {
    expect(stated('وقال النائب عن حزب التقدم سامر الحديدي إن الحكومة ملزمة بتنفيذ القرار.')).toEqual(['سامر الحديدي: الحكومة ملزمة بتنفيذ القرار']);
  });

  it('leaves عن out of the title where no name follows within a few words', () => {
    expect(stated('وقال النائب عن محافظة الشمال إن المياه ملوثة.')[0]).toMatch(/^النائب/u);
  });
});
