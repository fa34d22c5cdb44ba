import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/entities/model.js';
import type { MeetingFound } from '../../src/meetings/model.js';
import { person, positionsOf, view } from './helpers.js';
import { stated } from '../rules/read.js';

/** A description mention (الوزير المصري…) of entity `id` at the first occurrence of `surface`. */
function describe_(e: Entity, text: string, surface: string): Entity {
  const start = text.indexOf(surface);
  return { ...e, mentions: [...e.mentions, { start, end: start + surface.length, entity: e.id, type: 'description' as const, rule: 'test' }].sort((a, b) => a.start - b.start) };
}

function meetingOf(participants: number[], end: number): MeetingFound {
  return { participants, host: null, kind: 'meeting', cue: { start: 0, end: 5 }, location: null, date: null, isoDate: null, span: { start: 0, end }, rules: ['test'] };
}

describe('holders named around the subject', () => {
  // "أكد X وزير الخارجية السعودي": the name comes before its title; a description linked elsewhere does not win.
  it('reads a name with its title after it', () => {
    const text = 'أكد نادر السويدي وزير الخارجية الكويتي، أن الزيارة ناجحة.';
    const other = describe_(person(0, 'فهد العلي', 'فهد العلي ' + text, 'فهد العلي'), text, 'وزير الخارجية الكويتي');
    other.mentions = other.mentions.filter((m) => m.type === 'description');
    const [p] = positionsOf(text, [other]);
    expect(view(text, p)).toEqual({ holder: 'نادر السويدي', statement: 'الزيارة ناجحة', slice: 'الزيارة ناجحة' });
  });
  // "وشدد السويدي": a surname alone refers back to the full name seen before.
  it('gives a surname the full name seen before', () => {
    const text = 'أكد نادر السويدي أن الزيارة ناجحة. وشدد السويدي على أهمية التعاون.';
    const ps = positionsOf(text);
    expect(ps.map((p) => [p.holder, p.statement])).toEqual([['نادر السويدي', 'الزيارة ناجحة'], ['نادر السويدي', 'أهمية التعاون']]);
  });
  // "الرابطة": the head word of an organisation's name refers back to it.
  it('gives the head word of an organisation its full name', () => {
    const text = 'قالت الرابطة الوطنية للمحامين إن القانون جائر. وأكدت الرابطة أن الطعن جاهز.';
    const ps = positionsOf(text);
    expect(ps.map((p) => p.holder)).toEqual(['الرابطة الوطنية للمحامين', 'الرابطة الوطنية للمحامين']);
  });
  // "أعرب للرئيس X عن": a ل-phrase after the verb is whom he spoke to; the subject came before.
  it('does not take the addressee after ل for the subject', () => {
    const text = 'وذكر المتحدث أن الرئيس هادي أعرب للرئيس سليم عن تقديره للدعم.';
    const ents = [person(0, 'هادي عمران', text, 'هادي'), person(1, 'سليم فارس', text, 'سليم')];
    const ps = positionsOf(text, ents);
    expect(ps.map((p) => [p.holder, p.statement])).toEqual([['هادي عمران', 'تقديره للدعم']]);
  });
  // "وكانت الوزارة قد أعلنت أن…": the subject between كان and قد.
  it('reads the subject of كان … قد', () => {
    const text = 'وكانت وزارة الزراعة قد أعلنت أن المحصول وفير هذا العام.';
    const [p] = positionsOf(text);
    expect(p).toMatchObject({ holder: 'وزارة الزراعة', statement: 'المحصول وفير هذا العام', rule: 'verb:alana/before' });
  });
  // "قال مسؤول فرنسي": an indefinite title is its own holder, not the last person named.
  it('keeps an unnamed official as a phrase', () => {
    const text = 'التقى الوزير سمير داود وفدا أجنبيا. وقال مسؤول إيطالي إن المحادثات مثمرة.';
    const ps = positionsOf(text, [person(0, 'سمير داود', text)]);
    expect(ps.map((p) => p.holder)).toEqual(['مسؤول إيطالي']);
  });
  // "قادة الدول المشاركون في القمة أكدوا": a plural title with في inside, before its verb.
  it('reads a plural group subject before the verb', () => {
    const text = 'وبحسب البيان، فإن قادة الدول المشاركون في القمة أكدوا على رفض التدخل الأجنبي.';
    const [p] = positionsOf(text);
    expect(p).toMatchObject({ holder: 'قادة الدول المشاركون', statement: 'رفض التدخل الأجنبي' });
  });
  // "النائب في البرلمان X": a title that runs into في still names the person after it.
  it('finds the person named after a title with في', () => {
    const text = 'واعترف النائب المستقل في البرلمان الأردني كريم ناصر بأن الموازنة متأخرة.';
    const [p] = positionsOf(text, [person(0, 'كريم ناصر', text)]);
    expect(p).toMatchObject({ holder: 'كريم ناصر', statement: 'الموازنة متأخرة' });
  });
});

describe('holders without a subject', () => {
  // "وتناول الوزير…، مؤكدا على…": a participle in a new sentence takes the sentence's subject.
  it('gives a participle the person named first in its sentence', () => {
    const text = 'قالت مصادر إن اللقاء تأخر. وتناول الوزير سمير داود خلال اللقاء الملفات العالقة، مؤكدا على ضرورة الحل.';
    const ps = positionsOf(text, [person(0, 'سمير داود', text)]);
    expect(ps.map((p) => [p.holder, p.statement])).toContainEqual(['سمير داود', 'ضرورة الحل']);
  });
  // "…، مع التأكيد على…": a bare verbal noun continues its sentence's speaker, not the meeting.
  it('gives مع التأكيد the speaker of the sentence', () => {
    const text = 'التقى سمير داود نظيره هاني رشيد. وأشار رشيد إلى خطورة الوضع، مع التأكيد على رفض أي تدخل.';
    const ents = [person(0, 'سمير داود', text), person(1, 'هاني رشيد', text, 'رشيد')];
    const ps = positionsOf(text, ents, [meetingOf([0, 1], 33)]);
    expect(ps.map((p) => [p.holder, p.statement])).toEqual([['هاني رشيد', 'إلى خطورة الوضع'], ['هاني رشيد', 'رفض أي تدخل']]);
  });
  // "وأكد البيان على…" with no issuer: the current speaker's statement, reported by البيان.
  it('gives an issuerless statement to the current speaker', () => {
    const text = 'وقالت الرابطة الوطنية للمحامين إن القانون جائر. وأكد البيان على ضرورة تعديله فورا.';
    const ps = positionsOf(text);
    expect(ps[1]).toMatchObject({ holder: 'الرابطة الوطنية للمحامين', via: 'البيان', statement: 'ضرورة تعديله فورا' });
  });
  // "وطالبا الأمم المتحدة بـ…": after a dual verb the named body is the object; the meeting's sides speak.
  it('gives a dual verb with an object the joint holder', () => {
    const text = 'التقى سمير داود نظيره هاني رشيد. وطالبا المنظمة الدولية بالتحرك العاجل لوقف القتال.';
    const ents = [person(0, 'سمير داود', text), person(1, 'هاني رشيد', text)];
    const ps = positionsOf(text, ents, [meetingOf([0, 1], 33)]);
    expect(ps.map((p) => [p.holder, p.statement])).toEqual([['سمير داود', 'بالتحرك العاجل لوقف القتال']]);
  });
  // "الطرفان" with no meeting found: the first side the article names.
  it('gives الطرفان the first named side when no meeting was found', () => {
    const text = 'أعلن كل من نادر السويدي وكمال يوسف التوصل إلى اتفاق. وأكد الطرفان التزامهما بالهدنة.';
    const ents = [person(0, 'نادر السويدي', text), person(1, 'كمال يوسف', text)];
    const ps = positionsOf(text, ents);
    expect(ps.map((p) => [p.holder, p.statement])).toContainEqual(['نادر السويدي', 'التزامهما بالهدنة']);
  });
});

describe('report frames', () => {
  // "وأوضح المتحدث أن الرئيس X أعرب عن…": X's position; the spokesman's frame is dropped.
  it('keeps the inner position and drops the frame', () => {
    const text = 'وأوضح المتحدث الرسمي سالم فرح أن الرئيس هادي أعرب عن ارتياحه لنتائج الزيارة.';
    const ents = [person(0, 'سالم فرح', text), person(1, 'هادي عمران', text, 'هادي')];
    const ps = positionsOf(text, ents);
    expect(ps.map((p) => [p.holder, p.statement])).toEqual([['هادي عمران', 'ارتياحه لنتائج الزيارة']]);
  });
  // "قال: «نرفض…»": a cue inside a direct quote is part of the quoted words.
  it('does not make a position of a cue inside a quote', () => {
    const text = 'وقال الوزير سمير داود: «نحن نرفض هذا القرار جملة وتفصيلا».';
    const ps = positionsOf(text);
    expect(ps.map((p) => [p.holder, p.statement])).toEqual([['سمير داود', 'نحن نرفض هذا القرار جملة وتفصيلا']]);
  });
});

describe('objects between the subject and its particle', () => {
  // "وأكد المجلس الأعلى ضرورة الإبقاء على…": the object after the subject belongs to the statement.
  it('starts the statement at an object head after the subject', () => {
    const text = 'وأكد المجلس الأعلى للمحافظة ضرورة الإبقاء على الاتفاق السابق.';
    const [p] = positionsOf(text);
    expect(view(text, p)).toEqual({ holder: 'المجلس الأعلى للمحافظة', statement: 'ضرورة الإبقاء على الاتفاق السابق', slice: 'ضرورة الإبقاء على الاتفاق السابق' });
  });
  // "طالب الرئيس X الفصائل المسلحة باحترام…": after a named person, the object comes first.
  it('starts the statement at the object after a named person', () => {
    const text = 'وطالب الرئيس كمال يوسف الفصائل المسلحة باحترام الهدنة.';
    const [p] = positionsOf(text, [person(0, 'كمال يوسف', text)]);
    expect(p).toMatchObject({ holder: 'كمال يوسف', statement: 'الفصائل المسلحة باحترام الهدنة' });
  });
  // "وأكد الوزير X خلال اللقاء أن…": an adverbial is not an object.
  it('keeps the particle when an adverbial follows the name', () => {
    const text = 'وأكد الوزير كمال يوسف خلال اللقاء أن الحوار مستمر.';
    const [p] = positionsOf(text, [person(0, 'كمال يوسف', text)]);
    expect(p).toMatchObject({ holder: 'كمال يوسف', statement: 'الحوار مستمر' });
  });
});

describe('straight quotation marks', () => {
  // بـ"أعمال عدائية" closes before في: the closing " is not a new quotation.
  it('does not open a quotation at a closing straight quote', () => {
    const text = 'واتهم الوزير كمال يوسف الجماعة بالقيام بـ"أعمال عدائية" في المنطقة. وقال الناطق "نحن نراقب الوضع عن كثب الآن".';
    const ps = positionsOf(text, [person(0, 'كمال يوسف', text)]);
    expect(ps[0]).toMatchObject({ holder: 'كمال يوسف', statement: 'الجماعة بالقيام بـ"أعمال عدائية" في المنطقة' });
  });
});

describe('name and title edges', () => {
  // "نفت هيئة الملاحة البحرية الليبية، الأحد، ما…": definite nisba adjectives stay in a bounded subject.
  it('keeps nisba adjectives in a bounded organisation name', () => {
    const [p] = positionsOf('ونفت هيئة الملاحة البحرية الليبية، الأحد، ما تداولته وسائل الإعلام عن إغلاق الموانئ.');
    expect(p).toMatchObject({ holder: 'هيئة الملاحة البحرية الليبية' });
  });
  // "وقال ولد الشيخ أحمد": الشيخ after ولد is part of the name, not a title.
  it('reads a title word after a name link as part of the name', () => {
    const [p] = positionsOf('وقال ولد الشيخ سالم إن المشاورات ستستأنف.');
    expect(p).toMatchObject({ holder: 'ولد الشيخ سالم', statement: 'المشاورات ستستأنف' });
  });
});

describe('spokesmen in apposition and in descriptions', () => {
  // "وكتب كريم سالم المتحدث باسم الهيئة …": the body holds the position; the spokesman reports it.
  it('gives a spokesman named before his title to the body he speaks for', () => {
    const text = 'وكتب كريم سالم المتحدث باسم الهيئة على موقعها "نرفض بأشد العبارات هذه الاتهامات الباطلة".';
    const [p] = positionsOf(text, [person(0, 'كريم سالم', text)]);
    expect(p).toMatchObject({ holder: 'الهيئة', via: 'كريم سالم', statement: 'نرفض بأشد العبارات هذه الاتهامات الباطلة' });
  });
  // "ووجهت متحدثة باسم الوزارة انتقادات…، قائلة إنها…": the participle's subject is a spokeswoman's description.
  it('gives a participle after a spokeswoman description to the body', () => {
    const text = 'ووجهت متحدثة باسم وزارة الصحة انتقادات حادة للمستشفى، قائلة إنه مقصر في واجباته.';
    const ents = [person(0, 'ليلى حسن', 'ليلى حسن')];
    const at = text.indexOf('متحدثة باسم');
    ents[0].mentions = [{ start: at, end: at + 'متحدثة باسم'.length, entity: 0, type: 'description', rule: 'test' }];
    const ps = positionsOf(text, ents);
    expect(ps.map((p) => [p.holder, p.via, p.statement])).toContainEqual(['وزارة الصحة', 'ليلى حسن', 'مقصر في واجباته']);
  });
});

describe('dual verbs inside quotation marks', () => {
  // "حيث «أكدا على…»": a dual verb right after an opening quote is still a verb (a masdar has no dual).
  it('reads a dual verb after an opening quote', () => {
    const text = 'التقى سمير داود نظيره هاني رشيد. واتفق الطرفان على التهدئة، حيث «أكدا على مسؤولية المجتمع الدولي في حماية المدنيين».';
    const ents = [person(0, 'سمير داود', text), person(1, 'هاني رشيد', text)];
    const meeting = { participants: [0, 1], host: null, kind: 'meeting' as const, cue: { start: 0, end: 5 }, location: null, date: null, isoDate: null, span: { start: 0, end: 33 }, rules: ['test'] };
    const ps = positionsOf(text, ents, [meeting]);
    expect(ps.map((p) => p.statement)).toContainEqual('مسؤولية المجتمع الدولي في حماية المدنيين»');
  });
});

describe('relative clauses', () => {
  // "X مؤسس الشركة، الذي قال إن…": the person named just before the relative pronoun speaks.
  it('gives a relative clause to the person named just before it', () => {
    const text = 'وشارك في الحفل رجال أعمال منهم كريم سالم مؤسس شركة النقل، الذي قال إنه يود توسيع الاستثمار.';
    const ps = positionsOf(text, [person(0, 'كريم سالم', text)]);
    expect(ps.map((p) => [p.holder, p.statement])).toEqual([['كريم سالم', 'يود توسيع الاستثمار']]);
  });
  // "القرار الذي يطالب المليشيات بالانسحاب": no person before it, so no one is speaking.
  it('does not make a position of a relative clause about a thing', () => {
    const text = 'وطلب السفير كريم سالم من المجلس تنفيذ القرار 2216 الذي يطالب المليشيات بالانسحاب من المدن.';
    const ps = positionsOf(text, [person(0, 'كريم سالم', text)]);
    expect(ps.map((p) => p.cue)).toEqual(['طلب']);
  });
});

describe('participles after a relative clause', () => {
  // "استقبل الرئيس X الوزير Y، الذي يزور البلاد…، معلنا…": the relative clause's antecedent speaks.
  it('gives the participle to the antecedent of a relative clause', () => {
    const text = 'استقبل الرئيس كمال يوسف الوزير هاني رشيد، الذي يزور البلاد لأول مرة منذ عودته إليها معلنا دعمه الكامل للحكومة.';
    const ps = positionsOf(text, [person(0, 'كمال يوسف', text), person(1, 'هاني رشيد', text)]);
    expect(ps.map((p) => [p.holder, p.statement])).toEqual([['هاني رشيد', 'دعمه الكامل للحكومة']]);
  });
});

describe('coordinated subjects and day words', () => {
  // "أعلن كل من «X» و«Y»، أمس، التوصل…": the second quoted member is subject, not a quotation.
  it('skips the other members of كل من to the object', () => {
    const text = 'أعلن كل من «هيئة التنسيق الوطنية» و«الائتلاف الوطني لقوى التغيير في البلاد»، أمس، التوصل إلى اتفاق شامل.';
    const [p] = positionsOf(text);
    expect(view(text, p)).toEqual({ holder: 'هيئة التنسيق الوطنية', statement: 'التوصل إلى اتفاق شامل', slice: 'التوصل إلى اتفاق شامل' });
  });
  // "ونفت الهيئة، الأحد، ما تداولته…": a day word between subject and object is neither.
  it('starts an object after a day word', () => {
    const [p] = positionsOf('ونفت هيئة الملاحة البحرية الليبية، الأحد، ما تداولته وسائل الإعلام عن إغلاق الموانئ.');
    expect(p.statement).toBe('ما تداولته وسائل الإعلام عن إغلاق الموانئ');
  });
});

describe('a joint holder by its common name', () => {
  // "الجمهورية التونسية" (a formal adjective name) is given as تونس, the name it goes by.
  it('names a state with a formal name by its short alias', () => {
    const text = 'اجتمع الوزراء في العاصمة. وينص الإعلان على مواصلة السعي لتحقيق المصالحة الشاملة.';
    const state: Entity = { ...person(0, 'الجمهورية التونسية', 'الجمهورية التونسية ' + text, 'الجمهورية التونسية'), kind: 'country', aliases: ['تونس'], mentions: [] };
    const other: Entity = { ...person(1, 'المملكة المغربية', 'المملكة المغربية ' + text, 'المملكة المغربية'), kind: 'country', aliases: ['المغرب'], mentions: [] };
    const [p] = positionsOf(text, [state], [meetingOf([0], text.length)]);
    expect(view(text, p)).toEqual({ holder: 'تونس', statement: 'مواصلة السعي لتحقيق المصالحة الشاملة', slice: 'مواصلة السعي لتحقيق المصالحة الشاملة' });
    const [q] = positionsOf(text, [other], [meetingOf([0], text.length)]);
    expect(q.holder).toBe('المملكة المغربية');
  });
});

describe('a body named by its head alone', () => {
  it('is the body last named with that head in construct', () => {
    const text = 'دعت منظمة العفو الدولية إلى الإفراج عن المعتقلين. وقال الوزير سامر الحديدي إن الحكومة تدرس الطلب. وأكدت المنظمة أن الاعتقالات تعسفية.';
    expect(stated(text)).toContain('منظمة العفو الدولية: الاعتقالات تعسفية');
    // two bodies with that head: the nearer one
    const two = 'انتقدت منظمة العفو الدولية القانون. ودعت منظمة الصحة العالمية إلى تطعيم الأطفال. وأكدت المنظمة أن اللقاحات متوفرة.';
    expect(stated(two)).toContain('منظمة الصحة العالمية: اللقاحات متوفرة');
  });
});

describe('a spokesman of one named before, and a subject after لكن', () => {
  it('reads باسمه as part of the title and لكن as no part of the subject', () => {
    expect(stated('قال الناطق الرسمي باسمها سامر الحديدي الخميس إن الحق في الاحتجاج مكفول.')).toEqual(['سامر الحديدي: الحق في الاحتجاج مكفول']);
    expect(stated('التقى الرئيس كمال الغربي الصحفيين. لكن المتحدثة باسمه ليلى الساعدي أوضحت أنه لن يرد على الأسئلة.')).toContain('ليلى الساعدي: لن يرد على الأسئلة');
  });
});

describe('"the latter" (الأخير)', () => {
  it('is the person named last before it', () => {
    expect(stated('والتقى الرئيس سامر الحديدي الزعيم كمال الغربي، فيما قال الأخير إن الاجتماع كان مثمرا.')).toContain('كمال الغربي: الاجتماع كان مثمرا');
    expect(stated('وبعد محاولات الصحيفة الاتصال بالمستشار كمال الغربي، قال الأخير إنه لم يرتكب أي خطأ.')).toEqual(['كمال الغربي: لم يرتكب أي خطأ']);
  });

  it('is no one where no person is named before it', () => {
    expect(stated('وقال الأخير إن الاجتماع كان مثمرا.')).not.toContain('سامر الحديدي: الاجتماع كان مثمرا');
    expect(stated('وقال الأخير إن الاجتماع كان مثمرا.').some((s) => s.startsWith('الأخير'))).toBe(true);
  });
});

describe('an unnamed source or official with where he is from', () => {
  it('names the body after في or عن as part of the holder', () => {
    expect(stated('وقال مصدر في خفر السواحل إن التحقيق يجري في الحادث.')).toEqual(['مصدر في خفر السواحل: التحقيق يجري في الحادث']);
    expect(stated('ودعا نائب عن المعارضة في مجلس العموم إلى تأجيل البطولة.')).toEqual(['نائب عن المعارضة في مجلس العموم: إلى تأجيل البطولة']);
  });

  it('leaves out a frame of the saying and a day (في تصريح، السبت)', () => {
    expect(stated('وقال مسؤول في تصريح للصحفيين إن الوضع هادئ.')).toEqual(['مسؤول: الوضع هادئ']);
    expect(stated('وقال مسؤول في البيت الأبيض السبت إن الوضع هادئ.')).toEqual(['مسؤول في البيت الأبيض: الوضع هادئ']);
  });
});

describe('a bare group word after a meeting of several sides (وأكد الوزراء، اتفق المجتمعون)', () => {
  it('is held by the sides of the meeting told just before, not by the word', () => {
    const text = 'استضافت العاصمة اليوم اجتماعا ضم وزير الخارجية الأردني سامر الحديدي ونظيره التونسي كمال الغربي ونظيرهما الليبي سالم العمري.\nوأكد الوزراء أهمية تعزيز التنسيق العربي في المرحلة المقبلة.';
    const held = stated(text).map((p) => p.split(':')[0]);
    expect(held).toHaveLength(1);
    expect(['سامر الحديدي', 'كمال الغربي', 'سالم العمري']).toContain(held[0]);
  });

  it('stays a phrase where no meeting of several sides was told', () => {
    expect(stated('وأكد الوزراء أهمية تعزيز التنسيق العربي في المرحلة المقبلة.').map((p) => p.split(':')[0])).toEqual(['الوزراء']);
  });
});
