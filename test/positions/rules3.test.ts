import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/entities/model.js';
import { person, positionsOf, view } from './helpers.js';
import { stated } from '../rules/read.js';

/** An organisation entity with one name mention at the first occurrence of `name`. */
function organisation(id: number, name: string, text: string): Entity {
  const start = text.indexOf(name);
  return { ...person(id, name, text), kind: 'organization', mentions: [{ start, end: start + name.length, entity: id, type: 'name', rule: 'test' }] };
}

/** [holder, statement] of every position, in order. */
function pairs(text: string, entities: Entity[] = []): [string | null, string][] {
  return positionsOf(text, entities).map((p) => [p.holder, p.statement]);
}

describe('pasted teasers at the end of a page', () => {
  const body = 'عنوان الخبر\nقال الوزير سامر عيد إن الزيارة ناجحة.\nوأكد عيد أن التعاون مستمر.\n';
  // Three trailing paragraphs that each open on a bare past verb are other stories' ledes.
  it('leaves out positions in a trailing run of ledes', () => {
    const text = body + 'وأضاف أن الوفد سيعود قريبا.\nوتابع أن الاتفاق قريب.\nوأشار إلى أن العمل جار.\n' + 'هاجمت وزارة الخارجية النادي بسبب تكريمه.\nنفت هيئة الطيران ما تداولته وسائل إعلام.\nقال وزير الخارجية فادي نور إن الجار يتبنى سياسة عدوانية.\n';
    const ps = positionsOf(text);
    expect(ps.every((p) => p.start < text.indexOf('هاجمت'))).toBe(true);
    expect(ps.some((p) => p.statement === 'الزيارة ناجحة')).toBe(true);
  });
  // Paragraphs tied to the article by و, or fewer than three ledes, are the article.
  it('keeps paragraphs that continue the article', () => {
    const text = body + 'وقال وزير الخارجية فادي نور إن الجار يتبنى سياسة عدوانية.\nوأعلنت الهيئة أن الملاحة تسير بشكل اعتيادي.\nونفت الهيئة أن المطار تعرض لهجوم.\n';
    const ps = positionsOf(text);
    expect(ps.map((p) => p.statement)).toContain('الجار يتبنى سياسة عدوانية');
    const short = body + 'هاجمت وزارة الخارجية النادي بسبب تكريمه.\nقال وزير الخارجية فادي نور إن الجار يتبنى سياسة عدوانية.\n';
    const [p] = positionsOf(short).filter((x) => x.statement === 'الجار يتبنى سياسة عدوانية');
    expect(view(short, p).slice).toBe('الجار يتبنى سياسة عدوانية');
  });
});

describe('holders that report or state nothing', () => {
  // "أوردت صحيفة الأفق أن…" then "وأضافت أن…": an outlet's news, not a position.
  it('leaves out an outlet and its continuations', () => {
    const text = 'أوردت صحيفة "الأفق" أن اجتماعا سريا جمع الوزير سامر عيد بالقيادي مراد سليم. وأضافت أن الوزير أبلغ سليم تصور بلاده للحل.';
    const ents = [person(0, 'سامر عيد', text), person(1, 'مراد سليم', text)];
    expect(positionsOf(text, ents)).toEqual([]);
  });
  it('keeps an organisation that is no outlet', () => {
    const text = 'قالت الرابطة الوطنية للمحامين إن القانون جائر.';
    expect(pairs(text)).toEqual([['الرابطة الوطنية للمحامين', 'القانون جائر']]);
  });
  // "رفضت الدول القرار الأمريكي في سابقة…": the decision is the object, never a holder.
  it('takes no decision or agreement for a holder', () => {
    const text = 'وأكد الوزير سامر عيد أن معظم الدول رفضت القرار الأمريكي في سابقة نادرة تعكس إجماعا دوليا.';
    const ps = pairs(text, [person(0, 'سامر عيد', text)]);
    expect(ps.map(([h]) => h)).not.toContain('القرار الأمريكي');
    expect(ps[0]).toEqual(['سامر عيد', 'معظم الدول رفضت القرار الأمريكي في سابقة نادرة تعكس إجماعا دوليا']);
  });
});

describe('verbal nouns and their objects', () => {
  // "هذه الدعوة موجهة إلى…": a definite verbal noun with a word before its particle is no call.
  it('does not read a definite noun whose particle comes late', () => {
    const text = 'وقال سامر عيد إن هذه الدعوة موجهة إلى الأحزاب كلها دون استثناء.';
    const ps = pairs(text, [person(0, 'سامر عيد', text)]);
    expect(ps).toEqual([['سامر عيد', 'هذه الدعوة موجهة إلى الأحزاب كلها دون استثناء']]);
  });
  it('still reads one with an adverbial before its particle', () => {
    const text = 'وقال سامر عيد إن الحوار مهم، مع التأكيد خلال اللقاء على أهمية التهدئة الشاملة.';
    const ps = pairs(text, [person(0, 'سامر عيد', text)]);
    expect(ps).toContainEqual(['سامر عيد', 'أهمية التهدئة الشاملة']);
  });
  // "كما جدد التأكيد على أنه…": the noun is what was renewed, and the speaker goes on.
  it('takes a verbal noun after an object verb for its object', () => {
    const text = 'وقال سامر عيد إن الحكومة ماضية في الإصلاح. كما جدد التأكيد على أنه لا بديل عن الحوار الوطني.';
    const ps = pairs(text, [person(0, 'سامر عيد', text)]);
    expect(ps.map(([h]) => h)).toEqual(['سامر عيد', 'سامر عيد']);
    expect(ps[1][1]).toContain('لا بديل عن الحوار الوطني');
  });
  // "في إشارة إلى…": the writer's gloss.
  it('does not read في إشارة إلى as a claim', () => {
    const text = 'وأكد سامر عيد رفض بلاده للادعاءات في إشارة إلى الرقعة البحرية المتنازع عليها.';
    const ps = pairs(text, [person(0, 'سامر عيد', text)]);
    expect(ps.map(([h]) => h)).toEqual(['سامر عيد']);
    expect(ps[0][1]).toMatch(/^بلاده للادعاءات .* المتنازع عليها$/);
  });
  // "إجراءات أمنية مشددة": a feminine participle agreeing with an indefinite noun is an adjective.
  it('does not read an adjective participle as a cue', () => {
    const text = 'ووصل الوزير سامر عيد وسط إجراءات أمنية مشددة، على أن يغادر بعد الظهر إلى العاصمة.';
    expect(positionsOf(text, [person(0, 'سامر عيد', text)])).toEqual([]);
    const kept = 'وقالت الوزارة في بيان إن الزيارة ناجحة، مشددة على أهمية التعاون الثنائي.';
    expect(pairs(kept).map(([, s]) => s)).toContain('أهمية التعاون الثنائي');
  });
});

describe('quotes, relatives and frames', () => {
  // A quotation far from a cue that takes none belongs to another clause.
  it('does not take a far quotation for an object', () => {
    const text = 'وقال سامر عيد إن بلاده امتنعت عن التصويت على قرار يدين "الهجمات" لأن القرار لم يكن متوازنا، حيث أن القرار "أدان بشدة هجمات طرف واحد دون سواه".';
    const ps = pairs(text, [person(0, 'سامر عيد', text)]);
    expect(ps.some(([, s]) => s.startsWith('أدان'))).toBe(false);
  });
  it('still takes a quotation right after the subject', () => {
    const text = 'وأدان الوزير سامر عيد «الهجوم الإرهابي على القرية الآمنة في الشمال».';
    const [p] = positionsOf(text, [person(0, 'سامر عيد', text)]);
    expect(view(text, p)).toEqual({ holder: 'سامر عيد', statement: 'الهجوم الإرهابي على القرية الآمنة في الشمال', slice: 'الهجوم الإرهابي على القرية الآمنة في الشمال' });
  });
  // "الدول التي لم تعترف بعد…": a negated verb in a relative clause reports no one.
  it('skips a negated cue in a relative clause', () => {
    const text = 'وقال سامر عيد إن الوفد سيدعو الدول الأوروبية التي لم تعترف بعد بالدولة للإقدام على هذه الخطوة المهمة.';
    const ps = pairs(text, [person(0, 'سامر عيد', text)]);
    expect(ps.map(([h]) => h)).toEqual(['سامر عيد']);
  });
  // "إن المبعوث مراد سليم، يعتقد أن…": the subject before the verb, set off by a comma, holds it.
  it('reads a subject closed by a comma before its verb', () => {
    const text = 'وكان المتحدث فادي نور قد قال إن المبعوث مراد سليم، يعتقد أن خطته تلقى قبولا متزايدا.';
    const ps = pairs(text, [person(0, 'فادي نور', text), person(1, 'مراد سليم', text)]);
    expect(ps).toEqual([['مراد سليم', 'خطته تلقى قبولا متزايدا']]);
  });
});

describe('who speaks without a subject', () => {
  // A person named inside the last statement is what was said, not the next speaker.
  it('keeps the speaker past a person named in the statement', () => {
    const text = 'وأعلن الوزير سامر عيد دعم بلاده لجهود المبعوث مراد سليم.\nوأضاف أن السكان يريدون السلام سريعا.';
    const ps = pairs(text, [person(0, 'سامر عيد', text), person(1, 'مراد سليم', text)]);
    expect(ps).toContainEqual(['سامر عيد', 'السكان يريدون السلام سريعا']);
  });
  it('still takes a person named after the last statement', () => {
    const text = 'وأعلن الوزير سامر عيد دعم بلاده للحل.\nواستقبل مراد سليم الوفد. وأضاف أن السكان يريدون السلام.';
    const ps = pairs(text, [person(0, 'سامر عيد', text), person(1, 'مراد سليم', text)]);
    expect(ps).toContainEqual(['مراد سليم', 'السكان يريدون السلام']);
  });
  // "X يلتقي Y ويؤكد…": the و-verb shares the subject of the sentence's first verb.
  it('gives a joined verb the subject of its sentence', () => {
    const text = 'سامر عيد يلتقي مراد سليم ويؤكد دعم بلاده للسلام';
    const ps = pairs(text, [person(0, 'سامر عيد', text), person(1, 'مراد سليم', text)]);
    expect(ps).toEqual([['سامر عيد', 'دعم بلاده للسلام']]);
  });
  // "وصوت المجلس …، لكنه أعلن…": the pronoun stands for the sentence's subject.
  it('gives لكنه the subject of its sentence', () => {
    const text = 'وصوت مجلس الشورى لصالح المشاركة في المحادثات لكنه أعلن عن جملة من الشروط المسبقة.';
    const ps = pairs(text, [organisation(0, 'مجلس الشورى', text)]);
    expect(ps).toEqual([['مجلس الشورى', 'جملة من الشروط المسبقة']]);
  });
  // "وأصدرت جماعة … بيانا قالت فيه…": the statement's issuer, as written.
  it('gives a statement noun its issuer', () => {
    const text = 'وأصدرت الاثنين جماعة تمثل عشرة فصائل في الجنوب بيانا قالت فيه إن المبادرة لا تمثلها.';
    expect(pairs(text)).toEqual([['جماعة تمثل عشرة فصائل في الجنوب', 'المبادرة لا تمثلها']]);
    const named = 'وأصدرت الحكومة بيانا، وقال الوزير سامر عيد إن المبادرة لا تمثلها.';
    expect(pairs(named, [person(0, 'سامر عيد', named)])).toEqual([['سامر عيد', 'المبادرة لا تمثلها']]);
  });
  // "أمين سر اللجنة": سر belongs to the title.
  it('reads أمين سر as a title', () => {
    const text = 'وانتقد أمين سر اللجنة التنفيذية للمنظمة صائل عارف القرار الأخير بشدة.';
    expect(pairs(text).map(([h]) => h)).toEqual(['صائل عارف']);
  });
});

describe('new cues', () => {
  // "ووعد المبعوث بتسيير…", "يعتقد أن…".
  it('reads وعد and يعتقد', () => {
    const text = 'ووعد المبعوث مراد سليم بتسيير عملية سياسية شاملة. ويعتقد سليم أن الحل قريب جدا.';
    const ps = pairs(text, [person(0, 'مراد سليم', text)]);
    expect(ps).toEqual([['مراد سليم', 'بتسيير عملية سياسية شاملة'], ['مراد سليم', 'الحل قريب جدا']]);
  });
  // "يعد الاتفاق خطوة…": يعد is "is considered", no cue.
  it('does not read يعد as a promise', () => {
    expect(positionsOf('ويعد الاتفاق خطوة مهمة نحو السلام.')).toEqual([]);
  });
});

describe('names that refer back', () => {
  // "قال مسؤول فرنسي…" then "وأضاف المسؤول": the one just quoted.
  it('gives a definite head the indefinite holder just quoted', () => {
    const text = 'وقال مسؤول فرنسي إن الاجتماع سيضم الأطراف كلها. وأضاف المسؤول أن الالتزام سيكون جماعيا.';
    expect(pairs(text).map(([h]) => h)).toEqual(['مسؤول فرنسي', 'مسؤول فرنسي']);
  });
  it('still reads a title with no indefinite holder before it by its title', () => {
    const text = 'وقال وزير الخارجية سامر عيد إن الاجتماع مهم. وأضاف الوزير أن الالتزام سيكون جماعيا.';
    expect(pairs(text, [person(0, 'سامر عيد', text)]).map(([h]) => h)).toEqual(['سامر عيد', 'سامر عيد']);
  });
  // "كما أعلنت الجماعة…" after "جماعة تمثل عشرة فصائل…".
  it('gives the definite head of a group its full name', () => {
    const text = 'وأصدرت جماعة تمثل عشرة فصائل بيانا قالت فيه إن المبادرة لا تمثلها. كما أعلنت الجماعة رفضها للتدخل الأجنبي.';
    expect(pairs(text).map(([h]) => h)).toEqual(['جماعة تمثل عشرة فصائل', 'جماعة تمثل عشرة فصائل']);
  });
});

describe('a statement named with its issuer', () => {
  // "…بحسب ما أعلنته الرابطة في بيان لها." then "وأضاف البيان أن…": the issuer, not the last speaker.
  it('gives البيان the issuer named with it', () => {
    const text = 'وقال سامر عيد إن اللقاء كان وديا، بحسب ما أعلنته الرابطة في بيان لها. وأضاف البيان أن الرابطة لا تتدخل في الشؤون الخارجية.';
    const ps = pairs(text, [person(0, 'سامر عيد', text)]);
    expect(ps).toEqual([['سامر عيد', 'اللقاء كان وديا'], ['الرابطة', 'الرابطة لا تتدخل في الشؤون الخارجية']]);
  });
  it('keeps the last speaker when no issuer is named', () => {
    const text = 'وقال سامر عيد إن اللقاء كان وديا. وأضاف البيان أن الرابطة لا تتدخل في الشؤون الخارجية.';
    const ps = pairs(text, [person(0, 'سامر عيد', text)]);
    expect(ps.map(([h]) => h)).toEqual(['سامر عيد', 'سامر عيد']);
  });
});

describe('present verbs that describe a noun', () => {
  // "تعديلات يطالب بإدخالها": the verb describes the noun before it.
  it('does not read a present verb after an indefinite noun as a cue', () => {
    const text = 'ورفض المجلس توقيع الاتفاق في انتظار مناقشة تعديلات يطالب بإدخالها عليه.';
    expect(pairs(text).map(([, s]) => s)).toEqual(['توقيع الاتفاق في انتظار مناقشة تعديلات يطالب بإدخالها عليه']);
  });
  // "سامر حمزة يؤكد…": after a name, the verb is the person's.
  it('still reads a present verb right after a name', () => {
    const text = 'سامر حمزة يؤكد أن الحوار هو الحل الوحيد';
    expect(pairs(text, [person(0, 'سامر حمزة', text)])).toEqual([['سامر حمزة', 'الحوار هو الحل الوحيد']]);
  });
});

describe('a surname written as a hashtag', () => {
  // "رحب الوزير عبدالكريم #الهاشمي بالمبعوث": the hashtag is the rest of the name (normalisation
  // reads the mark as a space, so the name is read whole).
  it('joins a hashtag surname to the name before it', () => {
    const text = 'من جانبه، رحب وزير الخارجية، عبدالكريم #الهاشمي، بالمبعوث الجديد وبخطته المعلنة.';
    expect(stated(text)).toEqual(['عبدالكريم الهاشمي: بالمبعوث الجديد وبخطته المعلنة']);
  });
});
