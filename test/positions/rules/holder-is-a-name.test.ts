import { describe, expect, it } from 'vitest';
import { holderIsAName as rule } from '../../../src/positions/rules/holder-is-a-name.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads "سموه" as the prince named before and "على الفور" as no one (its example)', () => {
    expect(stated(rule.example)).toEqual(['فيصل بن علي: بلاده تدعم المبادرة']);
    expect(positions(rule.example)[0].rules).toContain(rule.id);
    expect(stated(rule.example, [rule.id])).toEqual(['سموه: بلاده تدعم المبادرة', 'على الفور: المبادرة ستنجح']);
  });

  it('reads an honorific pronoun as the last person of its rank (جلالته: the king, not the president named after him)', () => {
    const call = 'أجرى جلالة الملك فهد الثالث اتصالا هاتفيا مع الرئيس سامي الحديدي. وشدد جلالته على ضرورة وقف التصعيد.';
    expect(stated(call)).toEqual(['فهد الثالث: ضرورة وقف التصعيد']);
    // a ruler by his title alone (أمير المنطقة) before a guest spoken to with a preposition
    const reception = 'استقبل أمير المنطقة الأمير فيصل بن علي رئيس الغرفة التجارية سامي الحديدي. ورحب سمو أمير المنطقة بالحديدي. وثمن سموه الجهود المبذولة في خدمة المنطقة.';
    expect(stated(reception)).toContain('فيصل بن علي: الجهود المبذولة في خدمة المنطقة');
    // with no one of its rank named, the person spoken of last, as before
    expect(stated('التقى الوزير سامي الحديدي المهندس فريد الراشد. وأكد سموه أهمية التعاون.')).toEqual(['فريد الراشد: أهمية التعاون']);
  });

  it('takes no group told by a relative clause for a holder (المتظاهرون الذين جابوا الشوارع)', () => {
    expect(positions('وطالب المتظاهرون الذين جابوا شوارع المدينة بإقالة الحكومة.').map((p) => p.holder)).toEqual([]);
    expect(positions('وطالب المتظاهرون بإقالة الحكومة.').map((p) => p.holder)).toEqual(['المتظاهرون']);
  });

  it('takes no kin, supporters or critics for a holder, nor gives what they go on to say to the one named before', () => {
    const text = 'وقال الوزير سامر الحديدي إن الحكم عادل. وقال أنصاره إن الحكم ظالم، مطالبين بإعادة المحاكمة. وأكدت عائلته أن الاستئناف قائم.';
    expect(stated(text)).toEqual(['سامر الحديدي: الحكم عادل']);
    expect(positions('وقال نظيره الأمريكي إن الحكم ظالم.').map((p) => p.holder)).toEqual(['نظيره الأمريكي']);
  });

  it('leaves a holder phrase that is a name as it is', () => {
    const found = positions('وقال مسؤول حكومي إن المبادرة ستنجح.');
    expect(found).toMatchObject([{ holder: 'مسؤول حكومي', statement: 'المبادرة ستنجح' }]);
    expect(found[0].rules).not.toContain(rule.id);
  });

  // KNOWN ISSUE: a body whose name opens with ب (بلدية) is read as a preposition and a noun, and
  // the holder is looked for at the phrase's end, where "على" (normalised علي, a given name) is taken
  // for a name: the holder becomes "على لسان".
  it.skip('does not read a body opening with ب as a preposition, nor على as a name', () => {
    expect(stated('وقالت بلدية المدينة على لسان رئيسها إن المبادرة ستنجح.')).toEqual(['بلدية المدينة: المبادرة ستنجح']);
  });

  it('ends a holder before a preposition that opens whom it spoke to', () => {
    expect(stated('وقالت مصادر مطلعة لـ«الشرق الجديد» إن الاتفاق قريب.')).toEqual(['مصادر مطلعة: الاتفاق قريب']);
    expect(stated('وقالت مصادر مطلعة لـ«الشرق الجديد» إن الاتفاق قريب.', [rule.id])).not.toEqual(['مصادر مطلعة: الاتفاق قريب']);
    expect(stated('وقال العواملة لـ الشرق الجديد إن القطاع يعاني.')).toEqual(['العواملة: القطاع يعاني']);
  });

  it('keeps a capital that opens with ل or ب as a holder of one word, its state\'s voice', () => {
    expect(positions('وتتهم لندن موسكو بالوقوف وراء عملية التسميم.').map((p) => p.holder)).toEqual(['لندن']);
    expect(positions('وقالت بغداد إن الحدود آمنة.').map((p) => p.holder)).toEqual(['بغداد']);
    // a capital spelt like an everyday word is no holder of its own (كيف: how)
    expect(positions('كيف نشأت الفكرة قال الوزير سامر الحديدي إنها قديمة.').map((p) => p.holder)).not.toContain('كيف');
  });

  it('takes no verbal noun for a holder (تأكيد، إجراء تحقيق), but keeps given names of that shape', () => {
    expect(positions('وأكد تنكيس الأعلام أن الحداد عام.').map((p) => p.holder)).toEqual([]);
    expect(positions('وقال إجراء تحقيق إن الأمر ضروري.').map((p) => p.holder)).toEqual([]);
    expect(positions('وقال توفيق الحديدي إن الأمر ضروري.').map((p) => p.holder)).toEqual(['توفيق الحديدي']);
  });

  it('keeps a given name that opens with ب or ل, and cuts a phrase to the person\'s name that opens it', () => {
    const text = 'ووصف وزير الخارجية البريطاني، بوريس جونسون، تنظيم البطولة بتنظيم الألعاب القديمة.';
    expect(positions(text).map((p) => p.holder)).toEqual(['بوريس جونسون']);
  });
});

describe('holder-is-a-name: a recurring name that opens with ب or ل', () => {
  it('keeps a one-word name the article writes three times (بلاتر)', () => {
    const text = 'ويأمل بلاتر في أن تخرج اللجنة بحزمة إصلاحات. وانتقد بلاتر الإعلام. وقال بلاتر في مؤتمر صحفي إن مسؤوليتي هي الإصلاح.';
    expect(stated(text)).toContain('بلاتر: مسؤوليتي هي الإصلاح');
  });

  it('still drops a preposition and its object, and an outlet spoken to', () => {
    expect(stated('وقال بوضوح إن الإصلاح ضروري.')).toEqual([]);
    expect(stated('وقال لفرانس24 إن الإصلاح ضروري. وقال لفرانس24 إن الحل قريب. وقال لفرانس24 إن الوضع صعب.')).toEqual([]);
  });
});

describe('a seat of government of two words', () => {
  it('is its state\'s voice, though its second word reads like a present verb (بيونغ يانغ)', () => {
    expect(stated('وقالت بيونغ يانغ إنها ستعيد النظر في القمة مع واشنطن.')).toEqual(['بيونغ يانغ: ستعيد النظر في القمة مع واشنطن']);
  });
});

describe('a body whose name opens with ب or ل as its own letter', () => {
  it('is a holder, not a preposition and its object (لجنة الانتخابات، بعثة الأمم المتحدة)', () => {
    expect(stated('وقالت لجنة الانتخابات إن نسبة المشاركة بلغت ستين في المئة.')).toEqual(['لجنة الانتخابات: نسبة المشاركة بلغت ستين في المئة']);
    expect(stated('وأكدت بعثة المراقبين أن الهدنة صامدة في معظم المناطق.')).toEqual(['بعثة المراقبين: الهدنة صامدة في معظم المناطق']);
  });
});
