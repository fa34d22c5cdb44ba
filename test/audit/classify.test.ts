import { describe, expect, it } from 'vitest';
import type { Meeting, Participant, Position, Summary } from '../../src/types.js';
import {
  auditArticle,
  classifyHolder,
  classifyPersonName,
  commonNounSide,
  countryInText,
  countrySupport,
  duplicateMeetings,
  hasMeetingWord,
  rulesOf,
  strayProclitic,
} from './classify.js';

const cls = (holder: string, nameWords: string[] = []) => classifyHolder(holder, { nameWords: new Set(nameWords) })?.cls ?? null;
const person = (name: string) => classifyPersonName(name)?.cls ?? null;

describe('holders that cannot be a person, body, country or group', () => {
  it('flags particles, conjunctions and a lone preposition', () => {
    expect(cls('لكن')).toBe('holder.particle');
    expect(cls('وقد')).toBe('holder.particle');
    expect(cls('على')).toBe('holder.particle');
    expect(cls('لـ')).toBe('holder.particle');
    expect(cls('لكن الوزير')).toBe('holder.particle');
  });

  it('flags a holder that starts with a preposition, free or attached', () => {
    expect(cls('على الفور')).toBe('holder.preposition-start');
    expect(cls('من الصعب')).toBe('holder.preposition-start');
    expect(cls('لـ الصحيفة')).toBe('holder.preposition-start');
    expect(cls('لـCNN')).toBe('holder.preposition-start');
    expect(cls('بالقول')).toBe('holder.preposition-start');
    expect(cls('بوزارة الزراعة')).toBe('holder.preposition-start');
    expect(cls('للشركة')).toBe('holder.preposition-start');
  });

  it('flags verbs and participles, with or without tanween', () => {
    expect(cls('ومضى')).toBe('holder.verb');
    expect(cls('رأى الوزير')).toBe('holder.verb');
    expect(cls('مصادر مطلعة، فقد يكون')).toBe('holder.verb');
    expect(cls('قائلا')).toBe('holder.participle');
    expect(cls('قائلاً')).toBe('holder.participle');
    expect(cls('مضيفا')).toBe('holder.participle');
    expect(cls('مستغرباً')).toBe('holder.participle');
  });

  it('flags adverbs, pronouns, pronoun-suffix forms, bare quantifiers and adjectives', () => {
    expect(cls('سابقا')).toBe('holder.adverb');
    expect(cls('صراحةً')).toBe('holder.adverb');
    expect(cls('هذا')).toBe('holder.pronoun');
    expect(cls('نحن')).toBe('holder.pronoun');
    expect(cls('لكنه')).toBe('holder.pronoun');
    expect(cls('لنا')).toBe('holder.pronoun');
    expect(cls('اسمه')).toBe('holder.pronoun');
    expect(cls('عليه')).toBe('holder.pronoun');
    expect(cls('أحد')).toBe('holder.quantifier');
    expect(cls('كبير')).toBe('holder.adjective');
  });

  it('flags letters, numbers, clauses and unresolved honorifics', () => {
    expect(cls('د')).toBe('holder.abbreviation');
    expect(cls('أ. د')).toBe('holder.abbreviation');
    expect(cls('25')).toBe('holder.number');
    expect(cls('٤٠ %')).toBe('holder.number');
    expect(cls('الحكومة ترى أن الوقت قد حان لاتخاذ قرار حاسم بشأن الملف')).toBe('holder.long');
    expect(cls('سموه')).toBe('honorific.holder');
    expect(cls('معاليه')).toBe('honorific.holder');
    expect(cls('وجلالته')).toBe('honorific.holder');
  });

  it('leaves names, bodies, countries and group nouns alone', () => {
    for (const h of [
      'سامح شكري', 'وزارة الخارجية', 'مصر', 'مصادر مطلعة', 'مسؤول كبير', 'محللون', 'الولايات المتحدة', 'البيت الأبيض',
      'هذه الدراسة', 'كلا الزعيمين', 'دبلوماسي يتابع الأحداث', 'ولي العهد', 'أم خالد', 'فان دايك', 'بلال فضل', 'لبنان',
      'لوران فابيوس', 'علي', 'آنا', 'عادل إمام', 'باسمة', 'الأخير', 'مجلس التعاون',
    ]) {
      expect([h, cls(h)]).toEqual([h, null]);
    }
  });

  it('keeps hamza and taa marbuta apart where folding them would make a name a function word', () => {
    expect(cls('أنا')).toBe('holder.pronoun');
    expect(cls('آنا')).toBeNull(); // Anna
    expect(cls('أمام')).toBe('holder.particle');
    expect(cls('إمام')).toBeNull();
    expect(cls('باسمه')).toBe('holder.pronoun');
    expect(cls('باسمة')).toBeNull(); // a given name
    expect(cls('على')).toBe('holder.particle');
    expect(cls('علي')).toBeNull(); // Ali
  });

  it('reads a form that is also a surname (لي، هو) as a name where the article names someone so', () => {
    expect(cls('لي')).toBe('holder.pronoun');
    expect(cls('لي', ['لي', 'سانغ'])).toBeNull();
    expect(cls('هو')).toBe('holder.pronoun');
    expect(cls('هو', ['هو', 'جينتاو'])).toBeNull();
    expect(cls('هو جينتاو')).toBeNull();
    expect(cls('بان كي مون')).toBeNull();
  });
});

describe('person names that are no names', () => {
  it('flags verbs, particles, formulas, accusative roles and prepositions inside a name', () => {
    expect(person('فيصل بن عبدالعزيز رحمه الله')).toBe('person.function-word');
    expect(person('سالم الحربي رئيسا')).toBe('person.function-word');
    expect(person('خالد العمري شرحاً')).toBe('person.function-word');
    expect(person('فهد الشمري بمدينة تبوك')).toBe('person.function-word');
    expect(person('جون سميث في منتجع')).toBe('person.function-word');
    expect(person('هو يصافح الوزير')).toBe('person.function-word');
  });

  it('flags a name that starts with a common noun or nisba, or ends with an abstract noun', () => {
    expect(person('وفد مسؤولين')).toBe('person.common-noun');
    expect(person('فرع الوزارة')).toBe('person.common-noun');
    expect(person('المصري أحمد سالم')).toBe('person.common-noun');
    expect(person('حسن الجوار')).toBe('person.common-noun');
  });

  it('leaves real names alone, transliterated ones too', () => {
    for (const n of [
      'سامح شكري', 'بان كي مون', 'بارك كون هي', 'عادل إمام', 'عبد السلام جلود', 'نور الدين الطبوبي', 'الباجي قائد السبسي',
      'إسرائيل كاتس', 'تشاد وولف', 'مون جاي إن', 'بين رودس', 'دون ماكغان', 'لو كانغ', 'أبو بكر', 'محمد بن سلمان', 'آنا بالاثيو', 'حسن روحاني',
    ]) {
      expect([n, person(n)]).toEqual([n, null]);
    }
  });
});

describe('meeting sides and names', () => {
  it('finds an abstract phrase, or a body named by an abstract noun, as a side', () => {
    expect(commonNounSide('حسن الجوار', 'organization')).toBe('حسن الجوار');
    expect(commonNounSide('المفاوضات الجارية', 'organization')).toBe('المفاوضات');
    expect(commonNounSide('مجلس التعاون', 'organization')).toBeNull();
    expect(commonNounSide('التعاون', 'organization')).toBeNull(); // also a club's name
    expect(commonNounSide('سامح شكري', 'person')).toBeNull();
  });

  it('finds a stray preposition on a name', () => {
    expect(strayProclitic('لأمم المتحدة')).toBe('لأمم');
    expect(strayProclitic('بالوفد الأمريكي')).toBe('بالوفد');
    expect(strayProclitic('الأمم المتحدة')).toBeNull();
    expect(strayProclitic('بلال فضل')).toBeNull();
    expect(strayProclitic('لبنان')).toBeNull();
  });
});

const meeting = (participants: string[], location: string | null, date: string | null): Meeting => ({
  participants, host: null, kind: 'meeting', location, date, isoDate: null, cue: 'التقى', start: 0, end: 1, locationSpan: null, dateSpan: null, rules: [],
});

describe('the same encounter reported twice', () => {
  it('pairs meetings with the same sides, or overlapping sides at the same place and date', () => {
    expect(duplicateMeetings([meeting(['أ', 'ب'], null, null), meeting(['ب', 'أ'], 'عمان', null)])).toEqual([[0, 1]]);
    expect(duplicateMeetings([meeting(['أ', 'ب', 'ج'], 'عمان', 'أمس'), meeting(['أ', 'ب'], 'عمان', 'أمس')])).toEqual([[0, 1]]);
    expect(duplicateMeetings([meeting(['أ', 'ب', 'ج'], 'عمان', 'أمس'), meeting(['أ', 'ب', 'د'], 'عمان', 'أمس')])).toEqual([[0, 1]]);
  });

  it('keeps apart a host who receives two visitors, other days, other places, and unknown places', () => {
    expect(duplicateMeetings([meeting(['أ', 'ب'], 'مكتبه', 'أمس'), meeting(['أ', 'ج'], 'مكتبه', 'أمس')])).toEqual([]);
    expect(duplicateMeetings([meeting(['أ', 'ب', 'ج'], 'عمان', 'أمس'), meeting(['أ', 'ب'], 'عمان', 'اليوم')])).toEqual([]);
    expect(duplicateMeetings([meeting(['أ', 'ب', 'ج'], null, null), meeting(['أ', 'ب'], null, null)])).toEqual([]);
  });
});

const participant = (p: Partial<Participant> & { name: string }): Participant => ({
  aliases: [], kind: 'person', role: null, roles: [], country: null, organization: null, start: 0, end: p.name.length, mentions: [{ start: 0, end: p.name.length }], rules: [], ...p,
});

describe('whether a person’s country is supported where he is named', () => {
  it('finds the country in a role, through ل, or in the title phrase before a mention', () => {
    expect(countrySupport(participant({ name: 'سامي', country: 'EG', roles: ['وزير الخارجية المصري'] }), 'سامي')).toBe('supported');
    expect(countrySupport(participant({ name: 'جون', country: 'US', roles: ['الممثل الخاص للولايات المتحدة'] }), 'جون')).toBe('supported');
    const text = 'وقال الرئيس الأمريكي جون سميث إن الوقت حان.';
    const at = text.indexOf('جون');
    expect(countrySupport(participant({ name: 'جون سميث', country: 'US', start: at, end: at + 8, mentions: [{ start: at, end: at + 8 }] }), text)).toBe('supported');
  });

  it('calls a country stated only elsewhere unsupported, and one never stated unnamed', () => {
    const text = 'زار جون سميث المدينة. وفي مصر تتواصل الأعمال.';
    const at = text.indexOf('جون');
    const p = participant({ name: 'جون سميث', country: 'EG', start: at, end: at + 8, mentions: [{ start: at, end: at + 8 }] });
    expect(countrySupport(p, text)).toBe('unsupported');
    expect(countrySupport({ ...p, country: 'FR' }, text)).toBe('unnamed');
  });

  it('takes the extractor’s affiliationSource where it gives one, and can still read the text', () => {
    const p = participant({ name: 'جون', country: 'US' });
    expect(countrySupport({ ...p, affiliationSource: 'known' }, 'جون')).toBe('supported');
    expect(countrySupport({ ...p, affiliationSource: 'stated' }, 'جون')).toBe('supported');
    expect(countryInText({ ...p, affiliationSource: 'stated' }, 'جون')).toBe('unnamed');
    expect(countrySupport({ ...p, affiliationSource: 'inferred' }, 'جون في أمريكا')).toBe('unsupported');
    expect(countrySupport({ ...p, affiliationSource: 'inferred' }, 'جون في باريس')).toBe('unnamed');
  });
});

describe('articles', () => {
  it('knows an article with a meeting word from one without', () => {
    expect(hasMeetingWord('التقى الوزير نظيره في القاهرة')).toBe(true);
    expect(hasMeetingWord('واستقبلت الرئيسة وفدا')).toBe(true);
    expect(hasMeetingWord('ارتفعت أسعار النفط في الأسواق العالمية')).toBe(false);
  });

  it('counts both rules and rule, apart', () => {
    expect(rulesOf({ rule: 'verb:qala/entity' })).toEqual(['rule=verb:qala/entity']);
    expect(rulesOf({ rule: 'a', rules: ['b', 'c', 3] })).toEqual(['b', 'c', 'rule=a']);
    expect(rulesOf({})).toEqual([]);
  });

  it('reports what is wrong in one summary, with evidence spans', () => {
    const text = 'ارتفعت الأسعار. وأضاف قائلا إن السوق مستقر، وأشار سموه إلى النمو.';
    const pos = (holder: string, statement: string, rule: string): Position => {
      const start = text.indexOf(statement);
      return { holder, statement, cue: null, stance: 'assert', quote: false, via: null, start, end: start + statement.length, rule, rules: [rule.split('/')[0]] };
    };
    const summary: Summary = {
      schemaVersion: 1,
      participants: [participant({ name: 'سالم العتيبي', country: 'FR' })],
      meetings: [],
      positions: [pos('قائلا', 'السوق مستقر', 'verb:adafa/entity'), pos('سموه', 'النمو', 'verb:ashara/entity')],
      resolutions: [],
      warnings: [],
    };
    const a = auditArticle(summary, text);
    expect(a.findings.map((f) => f.cls).sort()).toEqual(['country.unnamed', 'holder.participle', 'honorific.holder', 'negative.participants']);
    const participle = a.findings.find((f) => f.cls === 'holder.participle')!;
    expect(text.slice(participle.span.start, participle.span.end)).toBe('السوق مستقر');
    expect(a.negativeLike).toBe(true);
    expect(a.rules.map((r) => r.key)).toEqual(['positions: verb:adafa', 'positions: rule=verb:adafa/entity', 'positions: verb:ashara', 'positions: rule=verb:ashara/entity']);
  });
});

describe('a transliterated surname that starts with بال', () => {
  it('is a name inside a person name and as a participant, and as a holder where the article names him so', () => {
    expect(person('آنا بالاثيو')).toBeNull();
    expect(strayProclitic('بالاثيو')).toBeNull();
    expect(cls('بالاثيو')).toBe('holder.preposition-start');
    expect(cls('بالاثيو', ['آنا', 'بالاثيو'])).toBeNull();
    expect(person('ماريو بالوتيلي')).toBeNull();
    expect(person('فهد الشمري بالوزارة')).toBe('person.function-word');
  });
});

describe('the word lists against the project’s given names', () => {
  it('flag no given name as a holder, except the forms kept for context (لي، هو), nor in a name', async () => {
    const { GIVEN_NAMES, AMBIGUOUS_GIVEN_NAMES } = await import('../../src/lexicon/givenNames.js');
    const { AMBIGUOUS_NAME_FORMS } = await import('./words.js');
    const names = [...GIVEN_NAMES, ...AMBIGUOUS_GIVEN_NAMES];
    expect(names.filter((n) => !AMBIGUOUS_NAME_FORMS.includes(n) && classifyHolder(n) !== null)).toEqual([]);
    const full = names.flatMap((n) => [`${n} العتيبي`, `سالم ${n}`]);
    expect(full.filter((n) => classifyHolder(n) !== null || classifyPersonName(n) !== null)).toEqual([]);
  });
});
