import { normalizeForm } from '../normalize/index.js';
/**
 * The words that surround a cited resolution, as typed data (forms written as in text; `alternation`
 * normalises them and builds the regexes, longest form first).
 */
import { alternation, formIndex, lookupForm, WORD_CHAR } from '../lexicon/compile.js';
import type { BodyMarker } from './model.js';

/** Head words: the noun قرار in its numbers and states. Plural and dual heads may take a list of numbers. */
export const HEAD_FORMS: readonly { form: string; plural: boolean }[] = [
  { form: 'قرار', plural: false },
  { form: 'القرار', plural: false },
  { form: 'قرارا', plural: false },
  { form: 'قراراً', plural: false },
  { form: 'قرارات', plural: true },
  { form: 'القرارات', plural: true },
  { form: 'القرارين', plural: true },
  { form: 'القراران', plural: true },
  { form: 'قراري', plural: true },
  { form: 'قرارين', plural: true },
  { form: 'قراران', plural: true },
  // "أصدر مجلس الأمن قراره رقم 2216": the body is the sentence's subject (see inferBody).
  { form: 'قراره', plural: false },
  { form: 'قرارها', plural: false },
  { form: 'قراراته', plural: true },
  { form: 'قراراتها', plural: true },
];

/** Names of the issuing bodies; the bare UN forms only say "a UN resolution". */
export const BODY_FORMS: readonly { marker: BodyMarker; forms: string[] }[] = [
  {
    marker: 'UNSC',
    // "الصادر عن المجلس الدولي" names the Security Council in Arabic news.
    forms: ['مجلس الأمن الدولي', 'مجلس الأمن', 'المجلس الدولي', 'مجلس الامن التابع للأمم المتحدة', 'مجلس الأمن الدولي التابع للأمم المتحدة'],
  },
  { marker: 'UNGA', forms: ['الجمعية العامة', 'الجمعية العامة للأمم المتحدة', 'الجمعية العامة الأمم المتحدة'] },
  {
    marker: 'UNHRC',
    forms: ['مجلس حقوق الإنسان', 'مجلس حقوق الإنسان الدولي', 'مجلس حقوق الإنسان الأممي', 'المجلس الأممي لحقوق الإنسان', 'المجلس الدولي لحقوق الإنسان', 'مجلس حقوق الإنسان التابع للأمم المتحدة'],
  },
  {
    marker: 'ARAB_LEAGUE',
    forms: ['جامعة الدول العربية', 'مجلس جامعة الدول العربية', 'الجامعة العربية', 'مجلس الجامعة العربية', 'مجلس الجامعة', 'القمة العربية'],
  },
  {
    marker: 'UN',
    forms: [
      'الأمم المتحدة',
      // "قرارات الشرعية الدولية 242 و338": international legitimacy, i.e. the UN.
      'الشرعية الدولية',
      'المنظمة الدولية',
      'المنظمة الأممية',
      'الأممي',
      'الأممية',
      'الأمميين',
      'الأمميان',
      'أممي',
      'أممياً',
      'أمميا',
      'أممية',
      'الدولي',
      'الدولية',
      'الدوليين',
      'الدوليان',
      'دولي',
      'دولياً',
      'دوليا',
      'دولية',
    ],
  },
];

/**
 * Words after a body name that make it a national or regional body: "مجلس الأمن القومي" (national
 * security council), "مجلس الأمن والسلم الأفريقي", "الجمعية العامة للمساهمين" (a company's shareholders).
 */
export const NOT_BODY_NEXT: readonly string[] = ['القومي', 'الوطني', 'الاتحادي', 'والسلم', 'للمساهمين', 'للشركة', 'العادية', 'غير العادية'];

/** Words that say a number follows: "رقم"، "رقمه"، "ذي الرقم"، "المرقم". */
export const NUMBER_MARKERS: readonly string[] = ['رقم', 'رقمه', 'رقمها', 'رقمي', 'رقما', 'رقمَي', 'الرقم', 'بالرقم', 'المرقم', 'المرقمين', 'المرقمة', 'أرقام', 'الأرقام', 'رقمهما'];

/** Other words that may stand between the head and the number without changing what it is. */
export const QUALIFIERS: readonly string[] = [
  'الصادر',
  'الصادرة',
  'الصادرين',
  'الصادران',
  'عن',
  'من',
  'التابع',
  'التابعة',
  'ذو',
  'ذي',
  'ذا',
  'ذات',
  'الشهير',
  'الشهيرة',
  'الأخير',
  // "القرار الذي يحمل الرقم 2216"
  'الذي يحمل',
  'الذي حمل',
  'يحمل',
  // "قرار المجلس رقم 2216": which council is left to the table or the sentence.
  'المجلس',
  // "قرار التقسيم رقم 181": a well-known resolution's nickname.
  'التقسيم',
];

/** Nouns that make a number a count, not a resolution: "2041 قنبلة", "300 قتيل", "200 ريال". */
export const COUNT_NOUNS: readonly string[] = [
  'قنبلة', 'قنابل', 'برميل', 'براميل', 'صاروخ', 'صواريخ', 'غارة', 'غارات', 'قتيل', 'قتلى', 'جريح', 'جرحى',
  'شخص', 'أشخاص', 'طفل', 'أطفال', 'مدني', 'مدنيين', 'لاجئ', 'لاجئين', 'مقاتل', 'مقاتلين', 'دولة', 'دول',
  'عضو', 'أعضاء', 'صوت', 'أصوات', 'دولار', 'دولارا', 'دولارات', 'مليون', 'مليار', 'ألف', 'يورو', 'كيلومتر', 'كم', 'كلم', 'متر',
  'طن', 'يوم', 'أيام', 'شهر', 'أشهر', 'عام', 'سنة', 'سنوات', 'مرة', 'مرات', 'ساعة', 'ساعات', 'دقيقة', 'نقطة', 'درجة', 'صفحة',
  'بند', 'بنود', 'مادة', 'مواد',
  // Money and the things a domestic decision counts: "قرار 200 ريال شهريا", "المخالفة للقرار 229 منشأة".
  'ريال', 'ريالا', 'ريالات', 'درهم', 'دراهم', 'دينار', 'دنانير', 'جنيه', 'ليرة', 'منشأة', 'منشآت', 'مخالفة', 'مخالفات',
  'موظف', 'موظفا', 'موظفين', 'عامل', 'عمال', 'طلاب', 'حالة', 'حالات', 'مشروع', 'مشروعا', 'مشاريع', 'سيارة',
  'سيارات', 'وحدة', 'وحدات', 'هكتار', 'قرارا', 'قرارات',
];

/**
 * Words that single out one resolution of those a plural head named: "قرارات مجلس الأمن ذات الصلة،
 * ولا سيما القرار 2286" (the named one is the head's body's).
 */
export const ESPECIALLY: readonly string[] = [
  'لا سيما', 'ولا سيما', 'لاسيما', 'ولاسيما', 'سيما', 'خاصة', 'وخاصة', 'خصوصا', 'وخصوصا', 'بخاصة', 'وبخاصة', 'بالأخص',
  'وبالأخص', 'تحديدا', 'وتحديدا', 'بما فيها', 'بما في ذلك', 'منها', 'ومنها', 'آخرها', 'وآخرها', 'أبرزها', 'وأبرزها',
  'في مقدمتها', 'وفي مقدمتها', 'وعلى رأسها', 'على رأسها', 'مثل', 'ومثل', 'ومن بينها', 'من بينها',
];

/** A sticky regex matching, at lastIndex, one of `forms` as a whole word with optional proclitics (group `w`). */
function sticky(forms: Iterable<string>): RegExp {
  return new RegExp(`(?<pre>[وف]?[بلك]?)(?<w>${alternation(forms)})(?!${WORD_CHAR})`, 'uy');
}

/** The stem every head form holds (a test checks): a text without it has no head word. */
export const HEAD_STEM = 'قرار';
/** How far into a head word (its proclitics, at most two letters, included) the stem may start. */
export const HEAD_STEM_REACH = 2 + Math.max(...HEAD_FORMS.map((h) => normalizeForm(h.form).indexOf(HEAD_STEM)));
/**
 * The first match of a sticky regex at or after `from`, as a global search would find it, for a
 * regex whose every match holds HEAD_STEM within HEAD_STEM_REACH of its start (a head word first):
 * it is tried only at the positions just before an occurrence of the stem, in order, not at every
 * position of the text.
 */
export function nextAtStem(sticky: RegExp, norm: string, from: number): RegExpExecArray | null {
  let next = from;
  for (let q = norm.indexOf(HEAD_STEM, from); q >= 0; q = norm.indexOf(HEAD_STEM, q + 1)) {
    for (let s = Math.max(next, q - HEAD_STEM_REACH); s <= q; s++) {
      sticky.lastIndex = s;
      const m = sticky.exec(norm);
      if (m) return m;
    }
    next = q + 1;
  }
  return null;
}
/** Sticky regex of a head word at lastIndex, proclitics in group `pre`, the head in group `w`. */
export const HEAD_RE = new RegExp(
  `(?<!${WORD_CHAR})(?<pre>[وف]?[بلك]?)(?<w>${alternation(HEAD_FORMS.map((h) => h.form))})(?!${WORD_CHAR})`,
  'uy',
);
/** Whether a (normalised) head word is plural or dual. */
export const HEAD_PLURAL: Map<string, boolean> = formIndex(HEAD_FORMS.map((h) => [h.form, h.plural]));
/** Sticky: a head word at lastIndex (stops the scan of qualifiers). */
export const HEAD_AT = sticky(HEAD_FORMS.map((h) => h.form));

const ALL_BODY_FORMS = BODY_FORMS.flatMap((b) => b.forms);
/** The marker a matched body form stands for. */
export const BODY_MARKER: Map<string, BodyMarker> = formIndex(BODY_FORMS.flatMap((b) => b.forms.map((f): [string, BodyMarker] => [f, b.marker])));
/** Sticky: any body form at lastIndex, longest first across all bodies (المجلس الدولي لحقوق الإنسان before المجلس الدولي). */
export const BODY_AT = sticky(ALL_BODY_FORMS);
/** Global: any body form, for the sentence-context rule. */
export const BODY_RE = new RegExp(`(?<!${WORD_CHAR})(?<pre>[وف]?[بلك]?)(?<w>${alternation(ALL_BODY_FORMS)})(?!${WORD_CHAR})`, 'gu');
/** Sticky, right after a body form: a word that makes it a national body. */
export const NOT_BODY_NEXT_AT = new RegExp(` +(?:${alternation(NOT_BODY_NEXT)})(?!${WORD_CHAR})`, 'uy');
/** Sticky: رقم and its kin. */
export const NUMBER_MARKER_AT = sticky(NUMBER_MARKERS);
/** Sticky: another known qualifier. */
export const QUALIFIER_AT = sticky(QUALIFIERS);
/**
 * National authorities whose decisions are numbered too: "أصدرت المحكمة القرار رقم 512", "القرار
 * 2216 الصادر عن وزارة الداخلية".
 */
export const DOMESTIC_AUTHORITIES: readonly string[] = [
  'المحكمة', 'محكمة', 'الحكومة', 'الوزير', 'وزير', 'وزارة', 'الوزارة', 'مجلس الوزراء', 'رئيس الوزراء', 'رئيس الحكومة',
  'رئيس الجمهورية', 'الرئاسة', 'البرلمان', 'مجلس النواب', 'مجلس الشعب', 'مجلس الشورى', 'المحافظ', 'محافظ', 'المحافظة',
  'النيابة', 'النائب العام', 'البلدية', 'الجامعة', 'الجريدة الرسمية', 'مرسوم', 'المرسوم', 'قانون', 'القانون',
];
/** Global: a national authority anywhere (the sentence-context check). */
export const DOMESTIC_RE = new RegExp(`(?<!${WORD_CHAR})[وف]?[بلك]?(?:${alternation(DOMESTIC_AUTHORITIES)})(?!${WORD_CHAR})`, 'gu');
/** Verbs by which an authority issues, amends or announces a decision: "أصدر الوزير القرار 1701". */
export const ISSUING_VERBS: readonly string[] = [
  'أصدر', 'أصدرت', 'يصدر', 'تصدر', 'إصدار', 'صدر', 'وقع', 'وقعت', 'وقّع', 'وقّعت', 'أقر', 'أقرت', 'اتخذ', 'اتخذت', 'أعلن',
  'أعلنت', 'نشر', 'نشرت', 'عدل', 'عدلت', 'ألغى', 'ألغت', 'جمد', 'جمدت',
];
/** Who else issues numbered decisions of a state: a head of state, an agency, a committee. */
export const NATIONAL_ISSUERS: readonly string[] = [
  ...DOMESTIC_AUTHORITIES, 'الرئيس', 'رئيس', 'الملك', 'العاهل', 'الأمير', 'ولي العهد', 'السلطات', 'السلطة', 'الهيئة', 'هيئة',
  'اللجنة', 'لجنة', 'الإدارة', 'إدارة', 'المجلس البلدي', 'الشركة',
];
/**
 * A national authority issuing the citation that follows, at the end of the text before it: an
 * issuing verb, at most three words, a national issuer, at most three words with the article (its
 * complements and adjectives: "أصدر وزير الاقتصاد اللبناني "), then the end. Not "أعلنت الحكومة
 * ترحيبها ب": the citation is not what the authority issued.
 */
export const DOMESTIC_ISSUER_BEFORE = new RegExp(
  `(?<!${WORD_CHAR})[وف]?(?:${alternation(ISSUING_VERBS)})(?!${WORD_CHAR})(?: +[^ .،,؛:\n]+){0,3}? +[وف]?[بلك]?(?:${alternation(NATIONAL_ISSUERS)})(?!${WORD_CHAR})(?: +ال[^ .،,؛:\n]+){0,3} *$`,
  'u',
);
/** Sticky: a national authority at lastIndex. */
export const DOMESTIC_AT = new RegExp(`[وف]?[بلك]?(?:${alternation(DOMESTIC_AUTHORITIES)})(?!${WORD_CHAR})`, 'uy');
/** Sticky, after a number: a count noun. */
export const COUNT_NOUN_AT = new RegExp(` *(?:${alternation(COUNT_NOUNS)})(?!${WORD_CHAR})`, 'uy');
/** Sticky: any other word, counted as unknown by the scan. */
export const WORD_AT = new RegExp(`${WORD_CHAR}+`, 'uy');

/** The body a matched form stands for, given the regex groups `w` (undoing the ل + ال contraction). */
export function markerOf(w: string): BodyMarker | undefined {
  return lookupForm(BODY_MARKER, w);
}

/**
 * Sticky (searched with nextAtStem): a plural head with a body and no number yet, then words that single one out: "قرارات
 * مجلس الأمن ذات الصلة، ولا سيما ", "قرارات الأمم المتحدة بشأن اليمن وخاصة ". Group `body` is the
 * body form; the match ends where the singled-out citation starts. At most four other words
 * between body and ESPECIALLY, none of them a digit or a sentence mark.
 */
export const PLURAL_HEAD_ESPECIALLY = new RegExp(
  `(?<!${WORD_CHAR})[وف]?[بلك]?(?:${alternation(HEAD_FORMS.filter((h) => h.plural).map((h) => h.form))}) +` +
    `(?<body>${alternation(ALL_BODY_FORMS)})(?!${WORD_CHAR})(?: +[^\\s\\d،,.؛:!?؟()]+){0,4}? *[،,]? *(?:${alternation(ESPECIALLY)}) +`,
  'uy',
);
