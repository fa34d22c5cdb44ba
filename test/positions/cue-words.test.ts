import { describe, expect, it } from 'vitest';
import { cueOf } from '../../src/lexicon/cueForms.js';
import { normalizeForm } from '../../src/normalize/index.js';
import { positions, stated } from '../rules/read.js';

// رفع، قدم، وجه، تقدم، أزجى report only what they offer: thanks, congratulations, condolences.
describe('gated cues: thanks, congratulations and condolences offered', () => {
  it('reads the phrase of thanks after the subject as the statement', () => {
    expect(stated('ورفع وزير الزراعة كمال الغربي أخلص التهاني إلى الملك بمناسبة العيد.')).toEqual(['كمال الغربي: أخلص التهاني إلى الملك بمناسبة العيد']);
    expect(stated('ووجه رئيس البلدية سامر الحديدي في ختام الحفل كل الشكر للجهات الحكومية التي دعمت المهرجان.')).toEqual([
      'سامر الحديدي: كل الشكر للجهات الحكومية التي دعمت المهرجان',
    ]);
    expect(stated('وتقدم مدير المستشفى فهد العلي بالشكر للأطباء على جهودهم.')).toEqual(['فهد العلي: الشكر للأطباء على جهودهم']);
    expect(stated('ووجهت الكاتبة ليلى الساعدي، رئيسة الجمعية، رسالة شكر إلى المتطوعين.')).toEqual(['ليلى الساعدي: رسالة شكر إلى المتطوعين']);
  });

  it('gives a participle after a statement to its speaker, the statement before it ending there', () => {
    expect(stated('وقال الوزير سامر الحديدي إن المهرجان نجح هذا العام، مقدما شكره للمتطوعين.')).toEqual([
      'سامر الحديدي: المهرجان نجح هذا العام',
      'سامر الحديدي: شكره للمتطوعين',
    ]);
  });

  it('is no cue without such a phrase, and no cue word for other rules', () => {
    expect(stated('وتقدم الجيش نحو المدينة. وقدم الوزير سامر الحديدي استقالته للرئيس. ورفع المتظاهرون الأعلام.')).toEqual([]);
    // a verb of its own between the gated verb and the phrase ends the search
    expect(stated('وتقدم الفرقة المسرحية عروضها، وقال مديرها فهد العلي إن الشكر للجمهور.')).not.toContain('الفرقة المسرحية: الشكر للجمهور');
    expect(cueOf(normalizeForm('وقدم'.slice(1)))).toBeUndefined();
    expect(cueOf(normalizeForm('قدم'), true)?.entry.id).toBe('qaddama');
  });

  it('names no holder with an adverb of all (قدموا جميعا للرئيس التهنئة)', () => {
    const holders = stated('وحضر الحفل رؤساء الدول. وقدموا جميعا للرئيس التهنئة بافتتاح المطار.').map((s) => s.split(':')[0]);
    expect(holders.some((h) => h.startsWith('جميعا'))).toBe(false);
  });
});

describe('adverbs after the cue are no subject (بالفعل، بالمناسبة)', () => {
  it('gives the statement to the speaker, the adverb skipped', () => {
    const text = 'والتقى الوزير سامر الحديدي نظيره أمس. وأكد بالمناسبة أن البلدين سيوقعان اتفاقا تجاريا.';
    expect(stated(text)).toEqual(['سامر الحديدي: البلدين سيوقعان اتفاقا تجاريا']);
    expect(stated('وقال الوزير سامر الحديدي إن الخطة جاهزة. وأكد بالفعل أن التمويل متوفر.')).toEqual([
      'سامر الحديدي: الخطة جاهزة',
      'سامر الحديدي: التمويل متوفر',
    ]);
  });
});

// وافق على: agreeing to a proposal or a demand is a commitment the article attributes.
describe('agreement as a position (وافق على)', () => {
  it('reads what was agreed to as the statement of the one who agreed', () => {
    expect(stated('ووافق وزير الخارجية سامر الحديدي على استئناف المفاوضات مع الجانب الآخر الأسبوع المقبل.')).toEqual([
      'سامر الحديدي: استئناف المفاوضات مع الجانب الآخر الأسبوع المقبل',
    ]);
    expect(stated('وكانت الحكومة قد وافقت على إطلاق سراح المعتقلين.')).toEqual(['الحكومة: إطلاق سراح المعتقلين']);
  });

  it('is no position in the present tense (a condition or a supposition), nor without على', () => {
    expect(stated('ولا يعني ذلك أن يوافق النواب على المشروع.')).toEqual([]);
    expect(stated('ووافق موعد الاجتماع يوم العيد.')).toEqual([]);
  });
});

// دانت / دانوا: the short form of أدانت, common in Gulf and Levant wires; the masculine دان is left
// out, since it opens foreign given names (دان …).
describe('condemnation in the short form (دانت، دانوا)', () => {
  it('reads what a state or a body condemned as its statement', () => {
    expect(stated('ودانت وزارة الخارجية الأردنية الهجوم على القافلة الإنسانية.')).toEqual([
      'وزارة الخارجية الأردنية: الهجوم على القافلة الإنسانية',
    ]);
  });

  it('leaves a name that starts with دان to the name', () => {
    expect(stated('وقال دان سميث مدير المعهد إن الإنفاق العسكري يتزايد.')).toEqual(['دان سميث: الإنفاق العسكري يتزايد']);
  });
});

// A word that is itself a cue form is that form: بقوله (participle of قال) is not ب + the noun قوله.
describe('a whole word before a proclitic split (بقوله)', () => {
  it('reads بقوله as its own form', () => {
    expect(stated('وعلق الوزير سامر الحديدي على نتيجة المباراة بقوله "أنا سعيد للغاية بهذا الفوز".')).toEqual([
      'سامر الحديدي: أنا سعيد للغاية بهذا الفوز',
    ]);
  });
});

// أبان "made clear", common in Saudi and Gulf wires: only with its conjunction (وأبان، فأبان) or in
// the feminine, since bare أبان is also إبان "during" once normalised. It is no given name either.
describe('explanation with أبان (وأبان فلان أن …)', () => {
  it('reads what was made clear as the speaker\'s statement, the surname alone his', () => {
    expect(stated('وقال مدير الصحة الدكتور سالم العتيبي إن الحملة بدأت. وأبان العتيبي أن الفرق الطبية جاهزة لاستقبال الحجاج.')).toEqual([
      'سالم العتيبي: الحملة بدأت',
      'سالم العتيبي: الفرق الطبية جاهزة لاستقبال الحجاج',
    ]);
    expect(stated('وأبانت الهيئة العامة للسياحة أن الموسم سيبدأ مبكرا.')).toEqual(['الهيئة العامة للسياحة: الموسم سيبدأ مبكرا']);
  });

  it('leaves إبان "during" to the time it opens', () => {
    expect(stated('وإبان زيارته للقاهرة قبل أسبوع، قال الوزير سالم العتيبي إن الحوار ضروري.')).toEqual(['سالم العتيبي: الحوار ضروري']);
    expect(stated('وكان الاتفاق قد وقع إبان الحرب الباردة التي رأى المؤرخون أنها انتهت.')).toEqual([]);
  });
});

// "وبحسب فلان، فإن …": a source opening its sentence holds the words after فإن; بحسب elsewhere
// (after the words it attributes, or without فإن) is no cue.
describe('a source that opens its sentence (وبحسب فلان، فإن …)', () => {
  it('gives the words after فإن to the person or body named after بحسب / حسب', () => {
    expect(stated('وبحسب وزير الخارجية الأردني سامر الحديدي، فإن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة.')).toEqual([
      'سامر الحديدي: الحل السياسي هو الطريق الوحيد لإنهاء الأزمة',
    ]);
    expect(stated('وحسب المرصد الوطني لحقوق الإنسان، فإن القصف أدى إلى مقتل عشرة مدنيين.')).toEqual([
      'المرصد الوطني لحقوق الإنسان: القصف أدى إلى مقتل عشرة مدنيين',
    ]);
  });

  it('is no cue after the words it attributes, nor without فإن', () => {
    expect(positions('وقتل عشرة مدنيين في القصف بحسب المرصد الوطني لحقوق الإنسان، فإن الأهالي نزحوا.')).toEqual([]);
    expect(positions('وبحسب المرصد الوطني لحقوق الإنسان قتل عشرة مدنيين في القصف.')).toEqual([]);
  });
});

// حمّل فلان X مسؤولية …: blame laid is a position of the one who lays it; تحمّل المسؤولية (to
// bear it, written the same) and حمل without مسؤولية (to carry) are none.
describe('blame laid (حمّل فلان X مسؤولية …)', () => {
  it('reads the one blamed and the blame as the statement', () => {
    expect(stated('وحمل وزير الخارجية سامر الحديدي الحكومة المجاورة المسؤولية الكاملة عن التصعيد.')).toEqual([
      'سامر الحديدي: الحكومة المجاورة المسؤولية الكاملة عن التصعيد',
    ]);
  });

  it('is no cue for bearing responsibility, nor for carrying', () => {
    expect(positions('وتحمل الشركة المسؤولية الاجتماعية تجاه موظفيها.')).toEqual([]);
    expect(positions('وحمل الوزير سامر الحديدي رسالة من الملك إلى الرئيس.')).toEqual([]);
  });
});
