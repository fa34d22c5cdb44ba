import { describe, expect, it } from 'vitest';
import { positionsOf } from './helpers.js';

// Things that must NOT become positions.
describe('negative cases', () => {
  // بحث = "discussed": ب is not a proclitic on the verb حث.
  it('does not read بحث as ب + حث', () => {
    expect(positionsOf('وبحث الجانبان العلاقات الثنائية وسبل تعزيزها.')).toEqual([]);
  });
  // "ويذكر أن…" is the impersonal "it is worth noting", not a speaker.
  it('ignores the impersonal ويذكر أن', () => {
    expect(positionsOf('ويذكر أن المدينة شهدت مواجهات العام الماضي.')).toEqual([]);
  });
  // A sentence with no reporting cue yields nothing.
  it('finds nothing without a cue', () => {
    expect(positionsOf('وصل الوفد إلى العاصمة مساء الأحد في زيارة تستمر يومين.')).toEqual([]);
  });
  // مدينة is not a participle of أدان; عبر الحدود is the preposition "across".
  it('does not read nouns and prepositions as cues', () => {
    expect(positionsOf('عبر الحدود آلاف اللاجئين نحو مدينة قريبة.')).toEqual([]);
  });
  // A cue without any complement or subject is not a position.
  it('needs a complement', () => {
    expect(positionsOf('وقال.')).toEqual([]);
    expect(positionsOf('أكد')).toEqual([]);
  });
  // A newspaper name in quotes is not a direct quote: "قالت مصادر لـ«الأفق»".
  it('does not take a quoted newspaper name for a quotation', () => {
    const ps = positionsOf('وقالت مصادر لـ«الأفق» إن الاجتماع تأجل.');
    expect(ps.every((p) => !p.quote && !p.statement.includes('الأفق'))).toBe(true);
  });
  // Without any holder (no subject, no previous speaker, no entity) nothing is emitted.
  it('emits no holderless position', () => {
    expect(positionsOf('وأضاف أن الوضع مستقر.')).toEqual([]);
  });
  // The same statement is not emitted twice.
  it('does not emit the same statement twice', () => {
    const ps = positionsOf('وأكد الوزير رامي فهد على أن الحوار ضروري.');
    expect(ps).toHaveLength(1);
  });
});

// Pathological inputs must return (no timing asserts).
describe('pathological inputs', () => {
  it('handles a long run of bare cues', () => {
    const ps = positionsOf('أكد أن '.repeat(20000));
    expect(Array.isArray(ps)).toBe(true);
  });
  it('handles an unclosed quote in a 100 KB text', () => {
    const text = 'وقال الوزير رامي فهد: «' + 'كلام طويل بلا نهاية '.repeat(5000);
    const ps = positionsOf(text);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.statement);
  });
});

describe('pathological inputs with a holder', () => {
  it('handles thousands of continuation cues after a named speaker', () => {
    const text = 'وقال الوزير رامي فهد إن الأمر واضح. ' + 'وأضاف أن الأمر واضح. '.repeat(5000) + 'وقال المتحدث باسم الوزارة إن '.repeat(3000);
    const ps = positionsOf(text);
    expect(ps.length).toBeGreaterThan(0);
    for (const p of ps.slice(0, 50)) expect(text.slice(p.start, p.end)).toBe(p.statement);
  });
});

describe('words that look like cues', () => {
  // "على رفض": after a preposition رفض is a verbal noun inside someone else's statement.
  it('does not read a verbal noun after a preposition as a verb', () => {
    const ps = positionsOf('وشدد الوزير رامي فهد على رفض أي تدخل أجنبي.');
    expect(ps.map((p) => [p.holder, p.statement])).toEqual([['رامي فهد', 'رفض أي تدخل أجنبي']]);
  });
  // "صرح المتحدث باسم…": باسم is part of the title, not the object of صرح ب.
  it('does not take باسم for the complement of صرح', () => {
    const ps = positionsOf('وصرح المتحدث باسم وزارة الخارجية ماهر سليم بأن الوزير سيزور القاهرة.');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ holder: 'وزارة الخارجية', via: 'ماهر سليم', statement: 'الوزير سيزور القاهرة' });
  });
});

describe('cue words that report nothing new', () => {
  // "، حسبما صرح المتحدث": an attribution of the clause before it, not a new claim.
  it('does not read حسبما صرح as a new position', () => {
    const ps = positionsOf('وشدد الوزير طارق عيسى على رفض أي تدخل خارجي، حسبما صرح المتحدث باسم الوزارة لوكالة الأنباء.');
    expect(ps.map((p) => p.statement)).toEqual(['رفض أي تدخل خارجي']);
  });
  // "حسبما ذكرت ذكرت مصادر": a word typed twice is still one attribution.
  it('does not read a doubled cue word as a cue', () => {
    expect(positionsOf('ووصلت المساعدات إلى المدينة، حسبما ذكرت ذكرت مصادر في الهلال الأحمر.')).toEqual([]);
  });
  // "أو رفض دخولهم": a verbal noun after أو.
  it('does not read a verbal noun after أو as a verb', () => {
    const ps = positionsOf('وقال الوزير طارق عيسى إن الزوار قد يواجهون الاعتقال أو رفض دخولهم إلى البلاد.');
    expect(ps.map((p) => p.cue)).toEqual(['قال']);
  });
  // "المبادرة التي أعلن عنها الرئيس": a relative clause with a resumptive pronoun.
  it('does not read a relative clause as a claim', () => {
    expect(positionsOf('وجاء الاجتماع تجسيدا للمبادرة التي أعلن عنها الرئيس كمال يوسف للحل السياسي.')).toEqual([]);
  });
  // "يبلغ عدد السكان": يبلغ is "amounts to", not "informs".
  it('does not read يبلغ as a reporting verb', () => {
    expect(positionsOf('ويبلغ عدد سكان المدينة نحو مليوني نسمة بحسب آخر إحصاء.')).toEqual([]);
  });
  // "من الرئيس طلبا بتدخل": a dual-looking form inside a clause is the noun "a request".
  it('does not read an accusative noun as a dual verb', () => {
    const ps = positionsOf('وأكد الوزير طارق عيسى دعم بلاده للحوار، تزامنا مع تلقيه من الرئيس طلبا بتدخل عاجل.');
    expect(ps.map((p) => p.cue)).toEqual(['أكد']);
  });
  // "رفض وقلق في المدينة": a headline of nouns, not the verb رفض.
  it('does not read a verb form coordinated with a noun as a verb', () => {
    expect(positionsOf('رفض وقلق في العاصمة من المحادثات المقبلة')).toEqual([]);
  });
  // "صحيفة «النهار» أن…": a quoted name before the particle is part of the subject, not a quotation.
  it('does not take a quoted name before أن for the statement', () => {
    const ps = positionsOf('وصرح المتحدث باسم تحالف «قوى الحرية والتغيير في البلاد» العقيد سالم فرح أن الهدنة صامدة.');
    expect(ps.map((p) => p.statement)).toEqual(['الهدنة صامدة']);
  });
  // "عمدة «…»"، "مخيم «…»": a quote right after a place's head noun is its name, not what was said.
  it('does not take a quoted place name after its head noun for the statement', () => {
    const ps = positionsOf('وقال كمال الغربي عمدة "الوادي" السابق: "نحن نطالب بحماية السكان من الفيضانات".');
    expect(ps.map((p) => [p.holder, p.statement])).toEqual([['كمال الغربي', 'نحن نطالب بحماية السكان من الفيضانات']]);
    const camp = positionsOf('وأكد مدير مخيم «الأمل» سامر الحديدي أن المساعدات وصلت.');
    expect(camp.map((p) => p.statement)).toEqual(['المساعدات وصلت']);
  });
  // "لتلفزيون «تي في 5»: «…»": a short quote with a colon after it names whom he spoke to.
  it('does not take the channel quoted before a colon for the statement', () => {
    const ps = positionsOf('وقال الوزير كمال الغربي لهيئة الإذاعة الوطنية «تي في 5»: «يجب أن نحل هذه المشكلة من جذورها».');
    expect(ps.map((p) => p.statement)).toEqual(['يجب أن نحل هذه المشكلة من جذورها']);
    expect(positionsOf('وقال الوزير كمال الغربي: «الحل قريب». ثم غادر القاعة.').map((p) => p.statement)).toEqual(['الحل قريب']);
  });
  // "لدعوة المبعوث": a verbal noun after ل is a purpose or reply, not someone's call.
  it('does not read a verbal noun after ل as a claim', () => {
    expect(positionsOf('واستجابت الحكومة لدعوة المبعوث إلى جولة جديدة من المحادثات.')).toEqual([]);
  });
  // A short quoted term far from the cue is a name («5 + 1»), not the statement.
  it('does not take a short quoted term for the statement', () => {
    const ps = positionsOf('وأكد الوزير طارق عيسى تفهمه قلق الجيران من الاتفاق الذي أبرمته الدول مع مجموعة «الست الكبرى»، مبينا أن العقوبات ستعود.');
    expect(ps.map((p) => p.statement)).toEqual(['تفهمه قلق الجيران من الاتفاق الذي أبرمته الدول مع مجموعة «الست الكبرى»', 'العقوبات ستعود']);
  });
});

describe('agendas and line ends', () => {
  // "أوضح المتحدث أن الجانبين بحثا…": what a meeting discussed is its agenda, not a stance.
  it('does not report a meeting agenda as a position', () => {
    expect(positionsOf('وأوضح المتحدث باسم الوزارة أن الجانبين بحثا خلال الاتصال العلاقات الثنائية.')).toEqual([]);
  });
  // A title line without a full stop: a bounded subject at its end states nothing, and no statement
  // runs into the next paragraph.
  it('does not carry a title line into the body', () => {
    const text = 'المندوب يوضح أسباب الامتناع عن قرار يدين الحكومة الانتقالية\nقال المندوب كمال يوسف إن القرار غير متوازن.';
    const ps = positionsOf(text);
    expect(ps.map((p) => [p.holder, p.statement])).toEqual([['كمال يوسف', 'القرار غير متوازن']]);
  });
});
