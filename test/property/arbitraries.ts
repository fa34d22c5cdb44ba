import fc from 'fast-check';

/**
 * Generators for the property suite: arbitrary Unicode, Unicode mixed with Arabic, and adversarial
 * articles stitched together from the fragments the rules key on (cues, titles, countries, quotes,
 * resolution phrases, digits, marks). Every run is seeded, so a failure replays exactly.
 */

/** The seed of every property in the suite; override with FC_SEED to explore, then pin a failure. */
export const SEED = Number(process.env.FC_SEED ?? 20_240_611);

/** Scale every numRuns (FC_RUNS_SCALE=10 for a soak run); the default keeps CI at >= 10,000 cases. */
export const SCALE = Number(process.env.FC_RUNS_SCALE ?? 1);

/** Parameters for fc.assert: the fixed seed and a (scaled) number of runs. */
export function params(numRuns: number): { seed: number; numRuns: number } {
  return { seed: SEED, numRuns: Math.max(1, Math.round(numRuns * SCALE)) };
}

/** Reporting and meeting cues: أكد / قال / دعا / رحب / استقبل / التقى / اتصال هاتفي ... */
export const CUES = [
  'أكد', 'أكّد', 'قال', 'وقال', 'دعا', 'ودعا', 'رحب', 'رحّب', 'استقبل', 'التقى', 'اتصال هاتفي', 'تلقى اتصالا هاتفيا من',
  'شدد على', 'أعرب عن', 'حذر من', 'أدان', 'رفض', 'بحث مع', 'محادثات', 'اجتمع مع', 'حسبما صرح', 'وفق بيان',
  'الجانبان', 'أكد الجانبان', 'خلال لقائه', 'على هامش',
];

/** Titles: وزير الخارجية / الرئيس / الأمين العام ... */
export const TITLES = [
  'وزير الخارجية', 'وزير الخارجية المصري', 'الرئيس', 'الرئيس الفلسطيني', 'الأمين العام', 'الأمين العام لجامعة الدول العربية',
  'رئيس الوزراء', 'الملك', 'ولي العهد', 'المبعوث الأممي', 'المتحدث باسم', 'السفير', 'نائب وزير الخارجية', 'د.', 'الدكتور', 'الشيخ',
];

/** Country names and nisba forms. */
export const PLACES = [
  'مصر', 'المصري', 'المصرية', 'الأردن', 'الأردني', 'سوريا', 'السوري', 'السعودية', 'السعودي', 'قطر', 'القطري', 'الإمارات',
  'الإماراتي', 'العراق', 'العراقية', 'لبنان', 'اللبناني', 'فلسطين', 'الفلسطينية', 'تركيا', 'التركي', 'روسيا', 'الروسي',
  'الولايات المتحدة', 'الأمريكي', 'في القاهرة', 'بالرياض', 'في عمّان', 'جامعة الدول العربية', 'الأمم المتحدة',
];

/** Made-up personal names (never names from the corpus). */
export const NAMES = ['سامي', 'سامي الخطيب', 'ليلى', 'ليلى منصور', 'عمر', 'عمر بن نادر', 'هالة يوسف', 'كريم', 'أبو فراس'];

/** Resolution phrases and numbers, ASCII and Arabic-Indic. */
export const RESOLUTIONS = [
  'قرار مجلس الأمن رقم', 'قرار مجلس الأمن الدولي رقم', 'القرار', 'القرارين', 'قرار الجمعية العامة رقم', 'رقم', 'لعام',
  '2254', '٢٢٥٤', '242', '٢٤٢', '194/3', '١٩٤', '1701', '2015', '٢٠١٥', '0', '٠', '99999999999999999999', '3.5', '٣٫٥',
];

/** Punctuation and quotes: « » “ ” " : , ، . ؟ … and unbalanced ones. */
export const PUNCT = ['«', '»', '“', '”', '"', "'", ':', ',', '،', '.', '؟', '!', '…', '؛', '(', ')', '-', '—', ' ', '  ', '\n', '\n\n', '\r\n', '\t'];

/** Marks that normalisation removes or rewrites: tashkeel, tatweel, bidi and zero-width marks, NBSP, ligatures. */
export const MARKS = [
  '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u0670', '\u0640', '\u0640\u0640\u0640', '\u200F', '\u200E',
  '\u200B', '\u200C', '\u200D', '\u202B', '\u202E', '\u2067', '\u2069', '\u061C', '\u00A0', '\uFEFF', '\u00AD', 'ﻻ', 'ﷺ',
  '\uFC5E', 'ﺓ', '\u0000', '\u001B[31m',
];

/** Whole short sentences, so that cues meet their holders and objects in the expected order. */
export const SENTENCES = [
  'استقبل الرئيس المصري في القاهرة اليوم الثلاثاء وزير الخارجية الأردني سامي الخطيب.',
  'وقال الخطيب إن "الحل السياسي هو الطريق الوحيد".',
  'أكد الجانبان ضرورة تنفيذ قرار مجلس الأمن رقم ٢٢٥٤.',
  'دعا الأمين العام لجامعة الدول العربية إلى وقف إطلاق النار.',
  'وتلقى ولي العهد اتصالا هاتفيا من رئيس الوزراء العراقي، بحثا خلاله العلاقات الثنائية.',
  'ورحب الوزير بالقرار 2254 (2015) الصادر عن مجلس الأمن.',
  'التقى د. عمر بن نادر، المبعوث الأممي، في عمّان أمس مع ليلى منصور.',
  'وأعرب عن «قلقه البالغ» إزاء التصعيد، وفق بيان للخارجية.',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CUES) },
  { weight: 3, arbitrary: fc.constantFrom(...TITLES) },
  { weight: 2, arbitrary: fc.constantFrom(...PLACES) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...RESOLUTIONS) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...SENTENCES) },
);

/** A clause in the order the rules expect (cue, title, nisba, name, complement), so stages fire. */
const clause = fc
  .tuple(
    fc.constantFrom(...CUES),
    fc.constantFrom(...TITLES),
    fc.constantFrom(...PLACES),
    fc.constantFrom(...NAMES),
    fc.constantFrom(' أن ', ' إن ', ': «', ': "', ' على ', ' إلى ', ' مع ', '، ', ' '),
    fc.array(fc.oneof(fc.constantFrom(...PLACES), fc.constantFrom(...RESOLUTIONS), fc.constantFrom(...NAMES), fc.constantFrom(...MARKS)), { maxLength: 6 }),
    fc.constantFrom('.', '».', '".', '،', '؟', '', '\n'),
  )
  .map(([cue, title, place, name, link, rest, end]) => `${cue} ${title} ${place} ${name}${link}${rest.join(' ')}${end}`);

/** An adversarial article: fragments and well-ordered clauses in random order, joined by nothing or by a space. */
export function adversarialText(maxFragments: number): fc.Arbitrary<string> {
  const part = fc.oneof({ weight: 4, arbitrary: fragment }, { weight: 1, arbitrary: clause });
  return fc
    .array(fc.tuple(part, fc.constantFrom('', ' ', ' ', ' ')), { maxLength: maxFragments })
    .map((parts) => parts.map(([f, sep]) => f + sep).join(''));
}

/** A long adversarial article: a short adversarial unit repeated hundreds to thousands of times. */
export function repeatedText(minRepeat: number, maxRepeat: number): fc.Arbitrary<string> {
  return fc
    .tuple(adversarialText(8), fc.integer({ min: minRepeat, max: maxRepeat }), fc.constantFrom('', ' ', '\n', '، ', '. '))
    .map(([unit, times, sep]) => Array.from({ length: times }, () => unit).join(sep));
}

/** One code unit from the Arabic blocks (letters, marks, digits, presentation forms). */
const arabicUnit = fc.oneof(
  fc.integer({ min: 0x0600, max: 0x06ff }),
  fc.integer({ min: 0xfb50, max: 0xfdff }),
  fc.integer({ min: 0xfe70, max: 0xfeff }),
  fc.constantFrom(0x20, 0x0a, 0x2e, 0x3a, 0x22, 0xab, 0xbb, 0x200f, 0x202e, 0xa0),
).map((c) => String.fromCharCode(c));

/** Strings mixing Arabic code units with any code unit at all (lone surrogates included). */
export function arabicMixed(maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.oneof({ weight: 3, arbitrary: arabicUnit }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }), maxLength });
}

/** Arbitrary Unicode of every flavour the suite throws at the pipeline. */
export function anyUnicode(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'grapheme-composite', maxLength }),
    arabicMixed(maxLength),
    // lone surrogates and raw code units, which 'binary' (well-formed code points) never produces
    fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((cs) => String.fromCharCode(...cs)),
  );
}
