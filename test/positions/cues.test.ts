import { describe, expect, it } from 'vitest';
import { inflect, cueOf } from '../../src/lexicon/cueForms.js';
import { CUES } from '../../src/lexicon/cues.js';
import { normalizeForm } from '../../src/normalize/index.js';
import { person, positionsOf, view } from './helpers.js';
import { stated } from '../rules/read.js';

describe('cue forms', () => {
  it('inflects past, present, participle and verbal noun', () => {
    const akkada = CUES.find((c) => c.id === 'akkada')!;
    const forms = inflect(akkada).map(([f]) => f);
    for (const f of ['أكد', 'أكدت', 'أكدوا', 'أكدا', 'يؤكد', 'تؤكد', 'مؤكدا', 'مؤكدة', 'تأكيد', 'التأكيد', 'تأكيده']) expect(forms).toContain(f);
    expect(forms).not.toContain('مؤكد');
  });
  it('looks a normalised form up with its kind and stance', () => {
    expect(cueOf(normalizeForm('مشددا'))).toMatchObject({ kind: 'participle', entry: { id: 'shaddada', stance: 'assert' } });
    expect(cueOf(normalizeForm('دعت'))).toMatchObject({ kind: 'verb', entry: { stance: 'call' } });
    expect(cueOf(normalizeForm('حذرت'))?.entry.stance).toBe('warn');
    expect(cueOf(normalizeForm('بحث'))).toBeUndefined();
  });
});

describe('reporting verbs with a complement', () => {
  // "أكد … أن": statement from after أن to the end of the sentence.
  it('reads أكد … أن with an explicit subject', () => {
    const text = 'وأكد وزير الخارجية الأردني أيمن الصفدي أن الحل السياسي هو السبيل الوحيد. وانتهى اللقاء.';
    const [p, ...rest] = positionsOf(text);
    expect(rest).toHaveLength(0);
    expect(view(text, p)).toEqual({ holder: 'أيمن الصفدي', statement: 'الحل السياسي هو السبيل الوحيد', slice: 'الحل السياسي هو السبيل الوحيد' });
    expect(p).toMatchObject({ cue: 'أكد', stance: 'assert', quote: false });
  });
  // "شدد … على": the statement starts after على.
  it('reads شددت … على with an organisation as holder', () => {
    const text = 'شددت الشبكة العربية للحقوق المدنية على ضرورة حماية المدنيين في المدن.';
    const [p] = positionsOf(text);
    expect(view(text, p)).toEqual({ holder: 'الشبكة العربية للحقوق المدنية', statement: 'ضرورة حماية المدنيين في المدن', slice: 'ضرورة حماية المدنيين في المدن' });
  });
  // "دعا … إلى": stance call.
  it('reads دعا … إلى as a call', () => {
    const text = 'ودعا الرئيس كمال يوسف إلى وقف فوري لإطلاق النار.';
    const [p] = positionsOf(text);
    expect(p).toMatchObject({ holder: 'كمال يوسف', stance: 'call', statement: 'إلى وقف فوري لإطلاق النار' });
    expect(text.slice(p.start, p.end)).toBe('إلى وقف فوري لإطلاق النار');
  });
  // "أعربت … عن": stance express, keeps tashkeel-free original text.
  it('reads أعربت وزارة الخارجية عن', () => {
    const text = 'وأعربت وزارة الخارجية عن قلقها البالغ من تدهور الأوضاع.';
    const [p] = positionsOf(text);
    expect(p).toMatchObject({ holder: 'وزارة الخارجية', stance: 'express', statement: 'قلقها البالغ من تدهور الأوضاع' });
  });
  // Original offsets survive normalisation (tashkeel, hamza forms).
  it('maps offsets back to the original text with diacritics', () => {
    const text = 'وأكَّدَ السفير خالد ناصر أنّ العلاقاتِ متينة.';
    const [p] = positionsOf(text);
    expect(p.statement).toBe('العلاقاتِ متينة');
    expect(text.slice(p.start, p.end)).toBe('العلاقاتِ متينة');
    expect(p.holder).toBe('خالد ناصر');
  });
});

describe('more reporting cues', () => {
  // "وختم بقوله: «…»"، "ومضى بالقول إن…"، "واستطرد بقوله": the saying noun and its particle are no content.
  it('starts the statement after بقوله and its colon or إن, and reads استطرد', () => {
    expect(stated('وختم الوزير سامر الحديدي بقوله: «لن نتراجع عن الإصلاحات مهما كانت الضغوط».')).toEqual(['سامر الحديدي: لن نتراجع عن الإصلاحات مهما كانت الضغوط']);
    expect(stated('ومضى الوزير سامر الحديدي بالقول إن الحكومة لن تتراجع عن الإصلاحات.')).toEqual(['سامر الحديدي: الحكومة لن تتراجع عن الإصلاحات']);
    expect(stated('وقال الوزير سامر الحديدي إن الحوار مستمر. واستطرد بقوله: «ليس لدينا أي خطة لجمع الطرفين».')).toEqual([
      'سامر الحديدي: الحوار مستمر',
      'سامر الحديدي: ليس لدينا أي خطة لجمع الطرفين',
    ]);
  });
  // "وأكد فلان خلال الاجتماع، التزامه … الذي فرضه … على": a suffixed noun after the comma opens the
  // object; على further on belongs to the relative clause. "، بدوره،" is a frame, not an object.
  it('reads a suffixed noun after a comma as the object, not a far particle', () => {
    expect(stated('وأكد الوزير سامر الحديدي خلال الاجتماع السنوي للحزب، التزامه تعديل القانون الذي فرضته الحكومة السابقة على البلديات.')).toEqual([
      'سامر الحديدي: التزامه تعديل القانون الذي فرضته الحكومة السابقة على البلديات',
    ]);
    expect(stated('وأكد الوزير سامر الحديدي، بدوره، على ضرورة تعديل القانون.')).toEqual(['سامر الحديدي: ضرورة تعديل القانون']);
    // a feminine noun (ة) after the comma is no suffixed object
    expect(stated('وأكد الوزير سامر الحديدي في كلمة، الجمعة، أن القانون سيعدل.')).toEqual(['سامر الحديدي: القانون سيعدل']);
  });
  // "كرر أن…"، "كرر القول إن…": repeating a claim states it; the words repeated (القول، العبارة) say nothing.
  it('reads كرر with أن, and no holder in the words he repeated', () => {
    expect(stated('وكرر الوزير سامر الحديدي القول إن الحكومة لن تتراجع عن الإصلاحات.')).toEqual(['سامر الحديدي: الحكومة لن تتراجع عن الإصلاحات']);
    expect(stated('قال الوزير سامر الحديدي إن الخطة جاهزة. وكرر العبارة نفسها: «لن نتراجع عن الإصلاحات أبدا».')).toEqual(['سامر الحديدي: الخطة جاهزة']);
  });
  // "حرص على أن ينبه إلى…": نبه with إلى; no subject after أن, so the person last named.
  it('reads ينبه إلى', () => {
    const text = 'وخلال لقائه حرص الأمين العام كريم ناصر على أن ينبه إلى خطورة التدخلات الخارجية في الأزمة.';
    const [p] = positionsOf(text, [person(0, 'كريم ناصر', text)]);
    expect(p).toMatchObject({ holder: 'كريم ناصر', cue: 'ينبه', stance: 'warn', statement: 'إلى خطورة التدخلات الخارجية في الأزمة' });
  });
  // "تعهد بـ…".
  it('reads تعهد ب', () => {
    const [p] = positionsOf('وتعهد الرئيس كمال يوسف بإجراء الانتخابات في موعدها.');
    expect(p).toMatchObject({ holder: 'كمال يوسف', cue: 'تعهد', statement: 'بإجراء الانتخابات في موعدها' });
  });
  // "وحذر X «…»": a long quotation right after the subject is the statement of any cue.
  it('takes a long quotation after the subject as the statement', () => {
    const text = 'وحذر الوزير طارق عيسى «انهيار الهدنة قد يطلق موجة نزوح جديدة في المنطقة».';
    const [p] = positionsOf(text);
    expect(view(text, p)).toEqual({ holder: 'طارق عيسى', statement: 'انهيار الهدنة قد يطلق موجة نزوح جديدة في المنطقة', slice: 'انهيار الهدنة قد يطلق موجة نزوح جديدة في المنطقة' });
    expect(p.quote).toBe(true);
  });
});

describe('threats, insistence and recommendations', () => {
  it('reads هدد ب، توعد ب، أصر على and أوصى ب as cues of their holder', () => {
    expect(stated('وهدد الرئيس الأمريكي كمال الغربي بالانسحاب من الاتفاق النووي.')).toEqual(['كمال الغربي: بالانسحاب من الاتفاق النووي']);
    expect(stated('وتوعد وزير الدفاع سامر الحديدي باتخاذ خطوات حازمة ضد المهربين.')).toEqual(['سامر الحديدي: باتخاذ خطوات حازمة ضد المهربين']);
    expect(stated('وتصر الحكومة الأردنية على أن الهجوم كان مدبرا.')).toEqual(['الحكومة الأردنية: أن الهجوم كان مدبرا']);
    expect(stated('وأوصى المؤتمر بضرورة تعزيز التعاون بين البلدين.')).toEqual(['المؤتمر: بضرورة تعزيز التعاون بين البلدين']);
  });

  it('leaves what is under threat (هدد الفيضان المنازل) and مصر the country alone', () => {
    expect(stated('وهدد الفيضان المنازل القريبة من النهر.')).toEqual([]);
    expect(cueOf(normalizeForm('مصر'))).toBeUndefined();
  });
});

describe('hopes', () => {
  it('reads يأمل، تأمل، أملت with في or أن as a view of their holder', () => {
    expect(stated('وتأمل الحكومة الأردنية في التوصل إلى اتفاق مع المانحين قبل نهاية العام.')).toEqual(['الحكومة الأردنية: التوصل إلى اتفاق مع المانحين قبل نهاية العام']);
    expect(stated('ويأمل الوزير سامر الحديدي أن تنتهي الأزمة خلال أسابيع.')).toEqual(['سامر الحديدي: تنتهي الأزمة خلال أسابيع']);
  });

  it('leaves the noun أمل (hope) and كاملا alone', () => {
    expect(stated('ولم يعد هناك أمل في التوصل إلى اتفاق.')).toEqual([]);
    expect(cueOf(normalizeForm('وكاملا'))).toBeUndefined();
  });
});
