import { describe, expect, it } from 'vitest';
import { person, positionsOf, view } from './helpers.js';

describe('statement boundaries', () => {
  // "، مؤكدا على…": a participle starts a new position with the same holder.
  it('splits at a participle continuation', () => {
    const text = 'ورحب الوزير طارق عيسى بالاتفاق الجديد، مؤكدا على ضرورة تنفيذه بالكامل.';
    const ps = positionsOf(text).map((p) => view(text, p));
    expect(ps).toEqual([
      { holder: 'طارق عيسى', statement: 'بالاتفاق الجديد', slice: 'بالاتفاق الجديد' },
      { holder: 'طارق عيسى', statement: 'ضرورة تنفيذه بالكامل', slice: 'ضرورة تنفيذه بالكامل' },
    ]);
  });
  // "، حسبما صرح…": the attribution clause is not part of the claim.
  it('ends before an attribution clause', () => {
    const text = 'وشدد الوزير طارق عيسى على رفض أي تدخل خارجي، حسبما صرح المتحدث باسمه.';
    const [p] = positionsOf(text);
    expect(p.statement).toBe('رفض أي تدخل خارجي');
    expect(text.slice(p.start, p.end)).toBe('رفض أي تدخل خارجي');
  });
  // A direct quote may span several sentences and ends at its closing mark.
  it('keeps a multi-sentence quote whole', () => {
    const text = 'وقال رئيس الوزراء حسن علوان: «نحن ملتزمون بالسلام. ولن نتراجع عن ذلك». ثم غادر القاعة.';
    const [p] = positionsOf(text);
    expect(p).toMatchObject({ holder: 'حسن علوان', quote: true, statement: 'نحن ملتزمون بالسلام. ولن نتراجع عن ذلك' });
    expect(text.slice(p.start, p.end)).toBe('نحن ملتزمون بالسلام. ولن نتراجع عن ذلك');
  });
  // One position per cue: the next sentence is not swallowed.
  it('stops at the end of the sentence', () => {
    const text = 'وحذرت المنظمة الدولية للهجرة من تفاقم الأزمة. وتقع المخيمات قرب الحدود.';
    const [p] = positionsOf(text);
    expect(p).toMatchObject({ holder: 'المنظمة الدولية للهجرة', stance: 'warn', statement: 'تفاقم الأزمة' });
  });
  // "تأكيده على": a verbal noun with a possessive takes the current holder.
  it('reads a verbal noun with a possessive as the same holder', () => {
    const text = 'وجدد الوزير طارق عيسى موقف بلاده، مع تأكيده على أهمية الحوار.';
    const ps = positionsOf(text);
    expect(ps.map((p) => [p.holder, p.statement])).toContainEqual(['طارق عيسى', 'أهمية الحوار']);
  });
});

describe('quote boundaries', () => {
  // Straight quotes cannot nest: "… دول "الخمس" …" opens an inner quote, whose closer is skipped too.
  it('skips an inner straight quote when looking for the closer', () => {
    const text = 'قال الوزير سمير داود "بالنسبة لاتفاق دول "الخمس" فإن موقفنا ثابت ولم يتغير". وانتهى المؤتمر.';
    const [p] = positionsOf(text);
    expect(p.statement).toBe('بالنسبة لاتفاق دول "الخمس" فإن موقفنا ثابت ولم يتغير');
    expect(text.slice(p.start, p.end)).toBe(p.statement);
  });
  // An opening quote never closed before the writer reports again ("… . وشدد الوزير…") ends with its sentence.
  it('ends an unclosed quote at its sentence when a new report follows', () => {
    const text = 'وأضاف الوزير سمير داود، "نحن ملتزمون بالحوار مع الجميع. وشدد داود على أن الانتخابات في موعدها. وقال "لا تأجيل".';
    const ps = positionsOf(text);
    // (After على the statement keeps its أن: gold anchors may start with it, "أن يضم الحوار…".)
    expect(ps.map((p) => p.statement)).toEqual(['نحن ملتزمون بالحوار مع الجميع', 'أن الانتخابات في موعدها', 'لا تأجيل']);
  });
  // «…» مشيرا إلى…: a participle right after a closing quote starts its own position.
  it('cuts a statement at a participle after a closing quote', () => {
    const text = 'وقال الوزير سمير داود إن «الحوار هو الطريق الوحيد» مشيرا إلى أن اللجنة ستجتمع غدا.';
    const ps = positionsOf(text);
    expect(ps.map((p) => p.statement)).toEqual(['«الحوار هو الطريق الوحيد»', 'أن اللجنة ستجتمع غدا']);
  });
});

describe('quotations without a cue', () => {
  // "…، وعلى رأسها «…»، حسبما صرح المتحدث": an attributed quotation is the sentence subject's position.
  it('gives an attributed quotation to the sentence subject', () => {
    const text = 'وتناول الوزير سمير داود خلال اللقاء ثوابت بلاده، وعلى رأسها «حماية الحدود ووحدة الأراضي الوطنية»، حسبما صرح المتحدث باسم الوزارة.';
    const ps = positionsOf(text, [person(0, 'سمير داود', text)]);
    expect(ps.map((p) => view(text, p))).toEqual([{ holder: 'سمير داود', statement: 'حماية الحدود ووحدة الأراضي الوطنية', slice: 'حماية الحدود ووحدة الأراضي الوطنية' }]);
    expect(ps[0]).toMatchObject({ quote: true, cue: null, rule: 'quote:attributed/subject' });
  });
  // Without an attribution in the sentence a quotation stays a quotation, not a position.
  it('leaves an unattributed quotation alone', () => {
    const text = 'وتناول الوزير سمير داود خلال اللقاء ثوابت بلاده، وعلى رأسها «حماية الحدود ووحدة الأراضي الوطنية».';
    expect(positionsOf(text, [person(0, 'سمير داود', text)])).toEqual([]);
  });
});

describe('punctuation at the start of a quoted statement', () => {
  it('keeps a quote that opens with a bracket after its first word', async () => {
    const { summarize } = await import('../../src/index.js');
    const text = 'وقال وزير الخارجية المصري سامح عادل إن "الحل [السياسي] هو الطريق الوحيد للأزمة".';
    const p = summarize(text).positions;
    expect(p).toHaveLength(1);
    expect(text.slice(p[0].start, p[0].end)).toContain('[السياسي]');
  });
});

describe('statement cuts read from the article index', () => {
  // The cues that cut a statement are read once per article (an index): each statement of an article
  // still ends at its own next cut, a participle after a comma or و, or a contrast word before a verb.
  it('cuts every statement of an article at its own next clause', () => {
    const two = 'وقال الوزير طارق عيسى إن الحل قريب، مشيرا إلى أهمية الحوار. وأكد الوزير سامي حداد أن الأزمة طويلة، مضيفا أن الحل بعيد.';
    expect(positionsOf(two).map((p) => [p.holder, view(two, p).slice])).toEqual([
      ['طارق عيسى', 'الحل قريب'],
      ['طارق عيسى', 'إلى أهمية الحوار'],
      ['سامي حداد', 'الأزمة طويلة'],
      ['سامي حداد', 'الحل بعيد'],
    ]);
    const far = 'وأكد الوزير طارق عيسى أن الحكومة ماضية في خطتها الاقتصادية الجديدة ومشددا على ضرورة دعمها.';
    expect(positionsOf(far).map((p) => view(far, p).slice)).toEqual(['الحكومة ماضية في خطتها الاقتصادية الجديدة', 'ضرورة دعمها']);
    const contrast = 'وقال الوزير طارق عيسى إن الحكومة ماضية في خطتها بينما طالب النائب سامي حداد بتأجيلها.';
    expect(positionsOf(contrast).map((p) => view(contrast, p).slice)).toEqual(['الحكومة ماضية في خطتها']);
  });
});
