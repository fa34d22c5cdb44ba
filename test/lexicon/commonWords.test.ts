import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../src/lexicon/commonWords.js';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, NAME_PARTICLES } from '../../src/lexicon/givenNames.js';
import { COUNTRIES } from '../../src/lexicon/countries.js';
import { TITLES } from '../../src/lexicon/titles.js';
import { HONORIFICS } from '../../src/lexicon/honorifics.js';
import { normalizeForm } from '../../src/normalize/index.js';

const common = new Set(COMMON_WORDS.map(normalizeForm));

/** Entries of `COMMON_WORDS` whose normalised form is one of `forms` normalised. */
function listedAmong(forms: Iterable<string>): string[] {
  const wanted = new Set([...forms].map(normalizeForm));
  return COMMON_WORDS.filter((w) => wanted.has(normalizeForm(w)));
}

describe('common words: shape', () => {
  it('holds a few thousand single Arabic words, distinct after normalisation', () => {
    expect(COMMON_WORDS.length).toBeGreaterThan(2000);
    expect(common.size).toBe(COMMON_WORDS.length);
    const malformed = COMMON_WORDS.filter((w) => !/^[\u0621-\u064A\u0670]+$/.test(w));
    expect(malformed).toEqual([]);
  });
});

describe('common words: no names', () => {
  it('shares no form with the given-name lexicon or the name particles', () => {
    expect(listedAmong(GIVEN_NAMES)).toEqual([]);
    expect(listedAmong(AMBIGUOUS_GIVEN_NAMES)).toEqual([]);
    expect(listedAmong(NAME_PARTICLES)).toEqual([]);
  });

  it('leaves out well-known given names and family names, also those that are common words', () => {
    const names = [
      // given names
      'محمد', 'أحمد', 'عبدالله', 'سلمان', 'خالد', 'صالح', 'هادي', 'سعيد', 'عادل', 'كريم', 'جمال', 'نبيل',
      'أمل', 'نور', 'هدى', 'إيمان', 'وفاء', 'سلام', 'نصر', 'جهاد', 'نجاح', 'منصور', 'فهد', 'سلطان', 'شامل',
      'كامل', 'أمين', 'رمضان', 'جمعة', 'عيد', 'ثائر', 'بيان', 'حياة', 'يزيد', 'أشرف', 'واصل',
      // family names
      'الحريري', 'السيسي', 'العربي', 'المصري', 'الشريف', 'حرب', 'عون', 'بري', 'عودة', 'الجميل', 'المعلم',
      'الشرع', 'البرهان', 'الأسد', 'الحكيم', 'الخطيب', 'النجار', 'الحداد', 'الصباح', 'الحسن', 'سريع', 'رئيسي',
      'ثاني', 'الحية', 'الأحمر', 'الجسر', 'العريض', 'الشاهد',
      'الشهري', 'القاضي', 'المخرج', 'الدوري', 'الحجاج', 'تهاني', 'ثناء', 'عرفان', 'خالص',
      // parts of foreign names: بان كي مون، هو جينتاو
      'كي', 'مون', 'هو',
    ];
    expect(listedAmong(names)).toEqual([]);
  });

  it('is not a given name after a proclitic, except أول and أيام (باول، وليام)', () => {
    // فيصل = ف + يصل، فادي = ف + أدى، وليد = و + ل + أيد: a matcher that strips و ف ب ل ك would
    // read these names as common words, so such words are left out. أول and أيام are too frequent
    // to drop; a matcher must look a whole token up as a name before it strips a proclitic.
    const proclitics = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
    const collisions: string[] = [];
    for (const name of new Set([...GIVEN_NAMES, ...AMBIGUOUS_GIVEN_NAMES].map(normalizeForm))) {
      for (const p of proclitics) {
        if (!name.startsWith(p) || name.length <= p.length + 1) continue;
        const rest = name.slice(p.length);
        const reads = p.endsWith('ل') ? [rest, 'ا' + rest] : [rest]; // ل + ال drops the alef
        for (const r of reads) if (common.has(r)) collisions.push(`${name}=${p}+${r}`);
      }
    }
    expect(collisions.sort()).toEqual(['باول=ب+اول', 'ليام=ل+ايام', 'وليام=ول+ايام']);
  });

  it('leaves out the parts of compound names and regnal ordinals', () => {
    // عبد الله، نور الدين، سيف الإسلام، عبد الحق، عبد الواحد؛ عبد الله الثاني، تشارلز الثالث
    const parts = [
      'الله', 'الدين', 'الإسلام', 'الحق', 'الواحد', 'الباقي', 'الدائم', 'القوي', 'الرحمن', 'العزيز', 'الأعلى',
      'المطلب',
    ];
    const ordinals = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس'];
    expect(listedAmong([...parts, ...ordinals])).toEqual([]);
  });

  it('leaves countries, nisba adjectives, capitals, titles and honorifics to their own lexicons', () => {
    expect(listedAmong(COUNTRIES.flatMap((c) => [...c.names, ...c.nisba, ...c.capitals]))).toEqual([]);
    expect(listedAmong(TITLES.flatMap((t) => t.forms))).toEqual([]);
    expect(listedAmong(HONORIFICS.flatMap((h) => h.forms))).toEqual([]);
  });
});

describe('common words: coverage', () => {
  it('lists the words that were taken for names in news prose', () => {
    // "تنسيق الجهد الإغاثي"، "جولاته"، "لإطلاق النار"، "دعوة"، "يرتكز"
    const words = [
      'تنسيق', 'الجهد', 'الإغاثي', 'جولاته', 'إطلاق', 'النار', 'دعوة', 'يرتكز', 'تعزيز', 'استمرار', 'مواجهة',
      'تطوير', 'مبادرة', 'جولة', 'جولات', 'الدول', 'جهود', 'الجهود', 'أزمة', 'الحرب', 'اتفاق', 'مفاوضات',
      'ملف', 'قضية', 'شعب', 'حكومة', 'منطقة', 'ضحايا', 'موضوع', 'قوات', 'المسلحة', 'مسار', 'الإنسانية',
      'أول', 'ثالث', 'الثانية', 'يتعلق', 'يسعى', 'تسعى', 'أكدت', 'يبحث', 'قام', 'تم', 'يأتي', 'جاءت',
      'خارجيتها', 'بلاده', 'حكومته', 'وزارته', 'هذه', 'الذي', 'ثلاثة', 'الثلاثاء', 'الأسبوع',
      'التهاني', 'التعازي', 'شكره', 'شرحا', 'عرضا', 'زعيما', 'فرع', 'قسم', 'الجوار', 'النية',
    ];
    expect(words.filter((w) => !common.has(normalizeForm(w)))).toEqual([]);
  });

  it('matches text written with other hamza, taa marbuta and alef maqsura forms', () => {
    // مبادرة / مبادره، الإنسانية / الانسانيه، تسعى / تسعي
    for (const w of ['مبادره', 'الانسانيه', 'تسعي', 'اطلاق', 'الاغاثي']) {
      expect(common.has(normalizeForm(w)), w).toBe(true);
    }
  });
});
