import { describe, expect, it } from 'vitest';
import { createDoc, origText } from '../../src/document.js';
import { findEntities } from '../../src/entities/index.js';

const people = (text: string) => {
  const doc = createDoc(text);
  const idx = findEntities(doc);
  return { doc, idx, persons: idx.entities.filter((e) => e.kind === 'person') };
};

describe('title then name', () => {
  it('takes the name after a title with its nisba as country', () => {
    const text = 'استقبل وزير الخارجية المصري سامح شكري اليوم نظيره الأردني.';
    const { doc, persons } = people(text);
    const p = persons.find((e) => e.name === 'سامح شكري');
    expect(p).toBeDefined();
    expect(p!.roles[0]).toBe('وزير الخارجية المصري');
    expect(p!.country).toBe('EG');
    const m = p!.mentions[0];
    expect(origText(doc, m)).toBe('سامح شكري');
    expect(text.indexOf('سامح شكري')).toBeGreaterThan(0);
  });

  it('accepts a comma between title and name', () => {
    const { persons } = people('وصل رئيس الوزراء اللبناني، سعد الحريري، إلى الرياض.');
    const p = persons.find((e) => e.name === 'سعد الحريري');
    expect(p?.country).toBe('LB');
  });

  it('keeps harakat inside the name as written', () => {
    const text = 'التقى الرئيسُ التونسيّ قيسُ سعيّد وفداً.';
    const { persons } = people(text);
    expect(persons.map((p) => p.name)).toContain('قيسُ سعيّد');
  });

  it('reads a portfolio with ل and a construct head as part of the title', () => {
    const { persons } = people('والتقى المنسق الأوروبي لمكافحة الإرهاب سامر الحديدي أمس.');
    expect(persons.map((p) => [p.name, p.roles[0]])).toEqual([['سامر الحديدي', 'المنسق الأوروبي لمكافحة الإرهاب']]);
    const { persons: two } = people('والتقى الرئيس العام لشؤون المسجد الحرام سامر الحديدي.');
    expect(two.map((p) => [p.name, p.roles[0]])).toEqual([['سامر الحديدي', 'الرئيس العام لشؤون المسجد الحرام']]);
  });

  it('reads a given name that is also a common word as a name after a title', () => {
    expect(people('والتقى الوزير نبيل الزعبي أمس.').persons.map((p) => p.name)).toEqual(['نبيل الزعبي']);
    expect(people('وأكد الوزير جودة الأداء في الوزارة أمس.').persons).toEqual([]);
  });

  it('gives the organisation as the text writes it, without its proclitic', () => {
    const org = (text: string) => people(text).persons.map((p) => p.organization);
    expect(org('والتقى رئيس المكتب السياسي لحركة حماس سامر الحديدي أمس.')).toEqual(['حركة حماس']);
    expect(org('والتقى الأمين العام للأمم المتحدة سامر الحديدي أمس.')).toEqual(['الأمم المتحدة']);
  });

  it('reads a body whose name starts inside the title form (رئيس المفوضية الأوروبية)', () => {
    const { persons } = people('والتقى رئيس المفوضية الأوروبية سامر الحديدي أمس.');
    expect(persons.map((p) => [p.roles[0], p.organization])).toEqual([['رئيس المفوضية الأوروبية', 'المفوضية الأوروبية']]);
    // a government's office names its country, not a body of his own
    expect(people('والتقى الوزير أمس رئيس حكومة الوفاق الوطني الليبية سامر الحديدي.').persons.map((p) => [p.name, p.roles[0], p.country, p.organization])).toEqual([['سامر الحديدي', 'رئيس حكومة الوفاق الوطني الليبية', 'LY', null]]);
    // a ministry is no body of his own: its country is
    expect(people('والتقى وزير الخارجية الأمريكي سامر الحديدي أمس.').persons.map((p) => [p.country, p.organization])).toEqual([['US', null]]);
  });

  it('reads a seat of government after باسم whole, as the spokesman\'s country', () => {
    const { persons } = people('وقالت المتحدثة باسم البيت الأبيض سارة الحديدي: إن الرئيس سيزور المنطقة.');
    expect(persons.map((p) => [p.name, p.country])).toEqual([['سارة الحديدي', 'US']]);
  });

  it('reads a city after an office in the construct state as the city it governs, with its state', () => {
    const { persons } = people('والتقى ولي عهد أبو ظبي الشيخ سامر الحديدي أمس الوزير كمال الغربي.');
    expect(persons.map((p) => [p.name, p.roles[0], p.country])).toEqual([['سامر الحديدي', 'ولي عهد أبو ظبي', 'AE'], ['كمال الغربي', 'الوزير', null]]);
    expect(people('وقال محافظ البصرة سامر الحديدي إن الأمن مستتب.').persons.map((p) => p.country)).toEqual(['IQ']);
    // a definite office before a city is a visit, not an office of it
    expect(people('زار الوزير القاهرة أمس.').persons).toEqual([]);
  });

  it('reads a head of state\'s spouse as an office with its country', () => {
    const { persons } = people('واستقبل الرئيس المصري كمال الغربي زوجة الرئيس الأمريكي سارة الحديدي في القاهرة.');
    expect(persons.map((p) => [p.name, p.roles[0], p.country])).toEqual([['كمال الغربي', 'الرئيس المصري', 'EG'], ['سارة الحديدي', 'زوجة الرئيس الأمريكي', 'US']]);
  });

  it('reads the unit an office heads and what it is of as the title', () => {
    const { persons } = people('وزار قائد قوة منطقة جازان اللواء سامر بن حسين الغامدي الجنود.');
    expect(persons.map((p) => [p.name, p.roles[0], p.country])).toEqual([['سامر بن حسين الغامدي', 'قائد قوة منطقة جازان', 'SA']]);
    // a branch's definite noun is no person
    expect(people('وقال رئيس فرع الإفتاء سامر الحديدي إن الأمن مستتب.').persons.map((p) => [p.name, p.roles[0]])).toEqual([['سامر الحديدي', 'رئيس فرع الإفتاء']]);
  });

  it('leaves a purpose with ل out of the title', () => {
    const { persons } = people('وقال الرئيس سامر الحديدي لبحث الأوضاع إن الحوار مستمر.');
    expect(persons.map((p) => p.roles[0])).toEqual(['الرئيس']);
  });
});

describe('name then title', () => {
  it('links a name followed by its title', () => {
    const { persons } = people('واستقبل الوزير اليوم جون سميث المبعوث الخاص للولايات المتحدة إلى ليبيا.');
    const p = persons.find((e) => e.name === 'جون سميث');
    expect(p?.roles[0]).toContain('المبعوث الخاص');
    expect(p?.country).toBe('US');
  });
});

describe('aliases and descriptions', () => {
  it('links the family name alone and the description to the person', () => {
    const text = 'التقى وزير الخارجية الأردني أيمن الصفدي بالسفير. وأكد الصفدي أن الحل سياسي. وقال الوزير الأردني إن التعاون مستمر.';
    const { doc, persons } = people(text);
    const p = persons.find((e) => e.name === 'أيمن الصفدي')!;
    expect(p.mentions.map((m) => origText(doc, m))).toEqual(['أيمن الصفدي', 'الصفدي', 'الوزير الأردني']);
    expect(p.aliases).toEqual(['الصفدي']);
  });

  it('links a family name behind a proclitic (وللصفدي)', () => {
    const text = 'التقى وزير الخارجية الأردني أيمن الصفدي السفير. ونقل للصفدي رسالة.';
    const { doc, persons } = people(text);
    const p = persons.find((e) => e.name === 'أيمن الصفدي')!;
    // ل + الصفدي is written للصفدي: the mention is the article's lam plus the name
    const m = p.mentions.find((x) => x.type === 'alias')!;
    expect(origText(doc, m)).toBe('لصفدي');
    expect(m.start).toBe(doc.norm.indexOf('للصفدي') + 1);
  });

  it('gives international officials an organisation and no country', () => {
    const { persons } = people('التقى الأمين العام لجامعة الدول العربية أحمد يوسف بالوفد.');
    const p = persons.find((e) => e.name === 'أحمد يوسف');
    expect(p?.organization).toContain('جامعة الدول العربية');
    expect(p?.country).toBeNull();
  });
});

describe('negative cases', () => {
  it('finds no person in prose without names', () => {
    const { persons } = people('ارتفعت أسعار النفط اليوم في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج.');
    expect(persons).toEqual([]);
  });

  it('does not take a qualifier or a time word for a name', () => {
    const { persons } = people('وقال وزير الخارجية السابق اليوم إن الأزمة مستمرة.');
    expect(persons.map((p) => p.name)).toEqual([]);
  });
});

describe('a party named after a title that ends in حزب', () => {
  it('takes the party the whole name names, not another that its last word names alone', () => {
    const persons = findEntities(createDoc('وقال رئيس حزب الجمهوريين سامر الحديدي إن الحكومة فشلت في إدارة الأزمة.')).entities.filter((e) => e.kind === 'person');
    expect(persons.map((e) => [e.name, e.country, e.organization])).toEqual([['سامر الحديدي', 'FR', 'حزب الجمهوريين']]);
  });
});
