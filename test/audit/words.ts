/**
 * Word lists of the audit (test/audit.mjs): forms that cannot be the holder of a position or a
 * part of a person's name. They are audit heuristics, not extractor lexicons: the extractors never
 * read them, so an audit finding is a second opinion. Forms are written as in text; classify.ts
 * folds them (harakat, tatweel, hamza on alef, waw and ya) before comparing.
 *
 * Kept conservative on purpose: a form that is also a given name, a surname or a place (علي،
 * وعد، فيصل، أمل، داعية، مشيرة) is left out, because a false alarm misleads more than a miss.
 */

/** Free prepositions: a holder that is one, or starts with one, is not a name ("على", "من …"). */
export const PREPOSITIONS: readonly string[] = [
  'من', 'في', 'على', 'إلى', 'عن', 'مع', 'لدى', 'عند', 'حول', 'خلال', 'ضد', 'بين', 'منذ', 'نحو', 'عبر',
  'دون', 'بعد', 'قبل', 'أمام', 'وراء', 'فوق', 'تحت', 'إثر', 'عقب', 'تجاه', 'حسب', 'بحسب', 'وفق', 'لدي',
];

/** Conjunctions and other particles (negation, complementisers, interrogatives, conditionals); not أم (mother, in أم فهد) nor كلا (both). */
export const PARTICLES: readonly string[] = [
  'و', 'ف', 'ثم', 'أو', 'بل', 'لكن', 'لكنّ', 'ولكن', 'إن', 'أن', 'إنّ', 'أنّ', 'بأن', 'لأن', 'قد', 'لقد', 'لم',
  'لن', 'لا', 'ما', 'إذا', 'إذ', 'عندما', 'فيما', 'كما', 'أما', 'ألا', 'هل', 'إلا', 'سوى', 'حيث', 'كي', 'لكي', 'بينما',
  'حين', 'حينما', 'لو', 'لولا', 'لعل', 'سوف', 'بعدما', 'حتى', 'إذن', 'نعم', 'بيد', 'مثلما', 'طالما',
];

/** Detached personal pronouns: also the first word of a cut holder ("هو يرى"). */
export const PERSONAL_PRONOUNS: readonly string[] = [
  'هو', 'هي', 'هم', 'هما', 'هن', 'أنا', 'نحن', 'أنت', 'أنتم', 'أنتما', 'أنتن', 'إياه', 'إياها', 'إياهم', 'إياي', 'إيانا',
];

/**
 * Demonstrative, relative, reflexive and partitive pronouns: wrong as a holder alone, but "هذه
 * الدراسة" or "هذا المسؤول" is a fair holder, so they do not count as a longer holder's first word.
 */
export const PRONOUNS: readonly string[] = [
  'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أولئك', 'ذاك', 'هذان', 'هاتان', 'هذين', 'هاتين',
  'الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي',
  'نفسه', 'نفسها', 'نفسهم', 'أنفسهم', 'بعضهم', 'أحدهم', 'إحداهن', 'بعضها', 'كلهم', 'جميعهم', 'إنني', 'أنني', 'لكنني',
  'إننا', 'أننا', 'لكننا',
];

/**
 * Hosts that take a pronoun suffix (له، منه، لكنه، إنها، اسمه): the word is then a bare pronoun
 * form, whose referent the extractor did not resolve. Combined with SUFFIXES in classify.ts; علي
 * (Ali) and the like are removed there (NOT_SUFFIX_FORMS).
 */
export const SUFFIX_HOSTS: readonly string[] = [
  'ل', 'ب', 'من', 'عن', 'على', 'إلى', 'في', 'مع', 'لدى', 'عند', 'خلال', 'عبر', 'لكن', 'ولكن', 'إن', 'أن', 'بأن', 'لأن',
  'اسم', 'باسم', 'هوية', 'حديث', 'نفس', 'بدور', 'جانب', 'قول', 'بقول', 'كلمة', 'تصريح', 'تصريحات', 'كلام', 'رأي',
];

/** Pronoun suffixes, third person first. */
export const SUFFIXES: readonly string[] = ['ه', 'ها', 'هم', 'هما', 'هن', 'ي', 'نا', 'ك', 'كم'];

/**
 * Forms the lists would make (with a suffix, or with و/ف before them) that are names or other
 * words: علي (Ali, from على+ي), بي (of بي بي سي), ولي (ولي العهد), فان and وان (Van, Wan),
 * فرات (Furat, from ف+رأت).
 */
export const EXCLUDED_FORMS: readonly string[] = ['علي', 'بي', 'ولي', 'فان', 'وان', 'فرات'];

/**
 * Forms that are a pronoun or particle but also a name or part of one as transliterated: Lee, Hu,
 * Ma, Lu, Hee (بارك كون هي), Ki (بان كي مون), In (مون جاي إن), Ben (بين رودس), Don, Bey
 * (بك), Lula, منة and منى as often written. Inside a longer name they are never flagged; alone, only where no
 * person of the same article has a name holding them.
 */
export const AMBIGUOUS_NAME_FORMS: readonly string[] = ['لي', 'هو', 'هي', 'هن', 'ما', 'مني', 'منه', 'لو', 'كي', 'بين', 'دون', 'هل', 'بل', 'لن', 'لنا', 'بك', 'لولا', 'إن'];

/**
 * Forms that count only as written with their hamza, because folding the hamza makes them a name:
 * أمام (before) and إمام (imam, عادل إمام), أنا (I) and انا (Ana, as often written), بأن and بان
 * (Ban, بان كي مون).
 */
export const EXACT_FORMS: readonly string[] = ['أمام', 'أنا', 'بأن'];

/**
 * Honorific pronouns: "his Highness", "his Excellency"… A holder or participant that is one was
 * not resolved to the person meant.
 */
export const HONORIFIC_PRONOUNS: readonly string[] = [
  'سموه', 'سموها', 'سموهما', 'معاليه', 'معاليها', 'فخامته', 'فخامتها', 'جلالته', 'جلالتها', 'سعادته', 'سعادتها',
  'سماحته', 'فضيلته', 'دولته', 'غبطته', 'نيافته', 'قداسته', 'عطوفته', 'حضرته', 'سيادته', 'سيادتها', 'جنابه', 'سموكم',
  'معاليكم', 'فخامتكم', 'جلالتكم',
];

/**
 * Verb forms, past and present, third person (with و and ف prefixed in classify.ts). Only verbs
 * that are neither names nor usual nouns: no وعد، أمل، طالب، سعد.
 */
export const VERBS: readonly string[] = [
  'قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'يقولون', 'أضاف', 'أضافت', 'أضافوا', 'يضيف', 'تضيف', 'تابع', 'تابعت', 'يتابع',
  'مضى', 'مضت', 'يمضي', 'أكد', 'أكدت', 'أكدوا', 'يؤكد', 'تؤكد', 'يؤكدون', 'أشار', 'أشارت', 'أشاروا', 'يشير', 'تشير',
  'أوضح', 'أوضحت', 'يوضح', 'توضح', 'شدد', 'شددت', 'يشدد', 'تشدد', 'لفت', 'لفتت', 'يلفت', 'أعلن', 'أعلنت', 'يعلن',
  'تعلن', 'اعتبر', 'اعتبرت', 'يعتبر', 'تعتبر', 'رأى', 'رأت', 'يرى', 'ترى', 'يرون', 'أفاد', 'أفادت', 'يفيد', 'تفيد',
  'يصرح', 'صرحت', 'نوه', 'نوهت', 'ينوه', 'دعا', 'دعت', 'يدعو', 'تدعو', 'حذر', 'حذرت', 'يحذر', 'تحذر', 'كشف', 'كشفت',
  'يكشف', 'أعرب', 'أعربت', 'نفى', 'نفت', 'ينفي', 'أردف', 'أردفت', 'استدرك', 'زعم', 'زعمت', 'يزعم', 'أقر',
  'أقرت', 'يقر', 'اعترف', 'اعترفت', 'يعترف', 'تساءل', 'يتساءل', 'غرد', 'غردت', 'يغرد', 'رحب', 'رحبت', 'يرحب', 'أدان',
  'أدانت', 'ندد', 'نددت', 'يندد', 'اتهم', 'اتهمت', 'يتهم', 'أشاد', 'أشادت', 'يشيد', 'حث', 'حثت', 'يحث', 'تعهد',
  'تعهدت', 'يتعهد', 'توقع', 'توقعت', 'يتوقع', 'أبدى', 'أبدت', 'يبدي', 'أبلغ', 'أبلغت', 'يبلغ', 'كان', 'كانت', 'كانوا',
  'يكون', 'تكون', 'أصبح', 'بات', 'سبق', 'يجلس', 'تعالى', 'يصافح', 'التقى', 'يلتقي', 'اجتمع', 'يجتمع', 'استقبل',
  'يستقبل', 'بحث', 'يبحث', 'ناقش', 'يناقش',
];

/** Verbs above that are also usual nouns or prepositions: they count as a holder alone, not inside a longer holder or name. */
export const NOUN_LIKE_VERBS: readonly string[] = ['كان', 'بات', 'سبق', 'بحث', 'لفت', 'أقر', 'حث', 'تعهد', 'توقع', 'تعالى'];

/** Participles used adverbially after a report: قائلا، مضيفا، مؤكدا… (masculine and a few feminine forms that are no nouns). */
export const PARTICIPLES: readonly string[] = [
  'قائلا', 'قائلة', 'قائلين', 'مضيفا', 'مضيفين', 'مؤكدا', 'مؤكدة', 'مؤكدين', 'مشيرا', 'مشيرين', 'موضحا', 'موضحة',
  'لافتا', 'منوها', 'منوهة', 'معتبرا', 'معتبرة', 'مشددا', 'مشددة', 'متابعا', 'مستدركا', 'مستدركة', 'مبينا', 'مبينة',
  'معربا', 'معربة', 'معربين', 'داعيا', 'محذرا', 'محذرة', 'مطالبا', 'واصفا', 'واصفة', 'متسائلا', 'متسائلة', 'مختتما',
  'مختتمة', 'مردفا', 'مردفة', 'معلنا', 'معلنة', 'كاشفا', 'كاشفة', 'مبديا', 'مبدية', 'ملمحا', 'مشيدا', 'مشيدة',
  'مستنكرا', 'منددا', 'متهما', 'مستبعدا', 'معترفا', 'مقترحا', 'مشترطا', 'متوقعا', 'معلقا', 'مستشهدا', 'مستطردا',
  'منبها', 'مذكرا', 'مبرزا', 'موجها', 'محملا', 'مناشدا', 'ملوحا', 'متعهدا', 'مستطردة', 'معقبا', 'مختتما',
];

/** Adverbs and adverbial phrases in one word. */
export const ADVERBS: readonly string[] = [
  'أيضا', 'كذلك', 'فقط', 'سابقا', 'لاحقا', 'مرارا', 'صراحة', 'رسميا', 'علنا', 'دائما', 'حاليا', 'مؤخرا', 'الآن', 'أمس',
  'غدا', 'هنا', 'هناك', 'حينها', 'آنذاك', 'بوضوح', 'بامتنان', 'جدا', 'أبدا', 'تماما', 'مجددا', 'ثانيا', 'أولا', 'أخيرا',
  'خصوصا', 'بدوره', 'بدورها', 'كثيرا', 'قليلا', 'سريعا', 'مطولا', 'شخصيا', 'حرفيا', 'ضمنا', 'مسبقا', 'صباحا', 'مساء',
  'ليلا', 'نهارا', 'عادة', 'غالبا', 'أحيانا', 'ربما', 'مثلا', 'تحديدا', 'أصلا', 'إطلاقا', 'قطعا', 'تكرارا', 'بشدة',
  'بصراحة', 'بالتأكيد', 'مباشرة', 'بدورهم', 'مجددًا',
];

/** Quantifiers that need a noun after them: "أحد" alone is half of "أحد المسؤولين". */
export const QUANTIFIERS: readonly string[] = ['أحد', 'إحدى', 'بعض', 'عدد', 'كل', 'كلا', 'كلتا', 'جميع', 'معظم', 'أغلب', 'أكثر', 'غالبية', 'بقية', 'كبار'];

/** Adjectives that are the tail of a cut holder: "مسؤول كبير" → "كبير", "البيت الأبيض" → "الأبيض". */
export const ADJECTIVES: readonly string[] = [
  'كبير', 'كبيرة', 'رفيع', 'رفيعة', 'السابق', 'السابقة', 'الأسبق', 'الحالي', 'الحالية', 'الأبيض', 'النهائي', 'المقبل',
  'الجديد', 'الجديدة', 'الودية', 'الرفيع',
];

/**
 * Nouns that stand after a proclitic ب or ل in a cut holder or name ("بوزارة الداخلية", "لشركة",
 * "فهد بمدينة الباحة"): the first word then carries a preposition.
 */
export const HEAD_NOUNS: readonly string[] = [
  'وزارة', 'منظمة', 'شركة', 'منطقة', 'مهرجان', 'هيئة', 'جامعة', 'مجلس', 'وكالة', 'صحيفة', 'قناة', 'موقع', 'مدينة',
  'محافظة', 'ولاية', 'حكومة', 'رئاسة', 'رئيس', 'وزير', 'خارجية', 'داخلية', 'صحة', 'مصادر', 'مصدر', 'قوله', 'شكل', 'وفد',
  'أمم', 'اتحاد', 'إتحاد', 'جمعية', 'لجنة', 'مكتب', 'مكتبه', 'ديوان', 'إدارة', 'مركز', 'مستشفى', 'محكمة', 'نادي',
  'صفوف', 'مثابة', 'منصب', 'مناسبة',
];

/**
 * Role nouns in the accusative (رئيسا، نائبا، زعيما): "عين فلان رئيسا" leaves the role in the name.
 * Also written with tanween, which classify.ts folds away.
 */
export const ACCUSATIVE_ROLES: readonly string[] = [
  'رئيسا', 'نائبا', 'زعيما', 'أميرا', 'وزيرا', 'سفيرا', 'ممثلا', 'مبعوثا', 'قائدا', 'مستشارا', 'ملكا', 'مديرا',
  'أمينا', 'عضوا', 'حاكما', 'مرشحا', 'ضيفا', 'متحدثا',
];

/** Words of pious formulas that follow a name (رحمه الله، حفظه الله، طيب الله ثراه). */
export const FORMULA_WORDS: readonly string[] = ['رحمه', 'يرحمه', 'حفظه', 'يحفظه', 'ثراه', 'رعاه', 'يرعاه', 'أيده', 'تغمده', 'سلمه'];

/**
 * Common nouns that cannot start a person's name: bodies, groups and offices ("وفد مسؤولين
 * كوريين", "فرع الإفتاء"). Given names that are also nouns (سلامة، جمال، نور، أمل، حسن) are not here.
 */
export const COMMON_NOUNS: readonly string[] = [
  'وفد', 'الوفد', 'فرع', 'مكتب', 'إدارة', 'قسم', 'لجنة', 'اللجنة', 'هيئة', 'الهيئة', 'مجلس', 'المجلس', 'وزارة', 'الوزارة',
  'شركة', 'الشركة', 'مؤسسة', 'المؤسسة', 'منظمة', 'المنظمة', 'جمعية', 'الجمعية', 'نقابة', 'النقابة', 'النقابات',
  'الحكومة', 'حكومة', 'السلطات', 'الشرطة', 'الجيش', 'المسابقات', 'مسؤولين', 'المسؤولين', 'مسؤولون', 'المسؤولون',
  'المصادر', 'مصادر', 'المحافظتين', 'المحافظة', 'المنطقة', 'الأمانة', 'الرئاسة', 'الديوان', 'التحالف', 'الحركة',
];

/**
 * Abstract nouns that end a person's name where no person is meant ("حسن الجوار"): a name whose
 * last word is one of these, not after عبد/أبو, is a common noun.
 */
export const ABSTRACT_NOUNS: readonly string[] = [
  'الجوار', 'التعاون', 'الحوار', 'الاستقرار', 'العلاقات', 'المصالح', 'الشراكة', 'التنمية', 'الاتفاق', 'الاتفاقية',
  'المفاوضات', 'المحادثات', 'التفاهم', 'النوايا', 'النية', 'الصداقة', 'الأخوة', 'الإرهاب', 'الأزمة', 'القضية', 'الملف',
  'الجهود', 'التطورات', 'الأوضاع', 'الصراع', 'النزاع', 'التسوية', 'المبادرة', 'الهدنة', 'الثقة', 'المشاورات',
  'العقوبات', 'الانتخابات', 'الاجتماع', 'اللقاء', 'الزيارة', 'القمة',
];

/**
 * Abstract nouns that cannot start the name of a body that is a side (bodies named for an idea,
 * like the clubs التعاون and الاتفاق or a party المبادرة, are why this list is shorter).
 */
export const ABSTRACT_FIRST: readonly string[] = [
  'حسن', 'العلاقات', 'المصالح', 'المفاوضات', 'المحادثات', 'التفاهم', 'النوايا', 'الإرهاب', 'الأزمة', 'القضية', 'الملف',
  'الجهود', 'التطورات', 'الأوضاع', 'الصراع', 'التسوية', 'الهدنة', 'المشاورات', 'العقوبات', 'الانتخابات', 'الاجتماع',
  'اللقاء', 'الزيارة', 'القمة',
];

/** Multi-word abstract phrases that are never a side of a meeting. */
export const ABSTRACT_PHRASES: readonly string[] = [
  'حسن الجوار', 'حسن النية', 'حقوق الإنسان', 'وقف إطلاق النار', 'حل الدولتين', 'سيادة القانون', 'الأمن والاستقرار',
  'عملية السلام', 'مكافحة الإرهاب', 'التعاون الثنائي',
];

/** Name particles: never a function word inside a name, whatever the lists above say. */
export const NAME_PARTICLES: readonly string[] = ['بن', 'ابن', 'بنت', 'أبو', 'أبي', 'أبا', 'آل', 'عبد', 'ولد', 'أم', 'بو', 'ال'];

/**
 * Stems of meeting words: an article none of whose words holds one reports no meeting, so any
 * participant found there is suspect. Deliberately broad (a stem anywhere in a word), so that
 * an article is called negative-like only when it surely has no meeting cue.
 */
export const MEETING_STEMS: readonly string[] = [
  'لقاء', 'لقائ', 'التق', 'يلتق', 'تلتق', 'اجتم', 'يجتمع', 'تجتمع', 'استقبل', 'يستقبل', 'تستقبل', 'استقبال', 'محادث',
  'مباحث', 'مشاور', 'زيار', 'زار', 'يزور', 'تزور', 'قمة', 'قمم', 'اتصال', 'هاتف', 'مؤتمر', 'بحث', 'يبحث', 'ناقش',
  'يناقش', 'وفد', 'وفود', 'استضاف', 'يستضيف', 'جمع', 'مفاوض', 'حوار', 'وصل', 'يصل', 'مقابلة', 'استقب', 'التقاء',
  'صافح', 'يصافح', 'حضر', 'يحضر', 'شارك', 'يشارك', 'ترأس', 'يترأس', 'اتفق', 'تباحث', 'يتباحث', 'دعوة', 'عقد', 'يعقد',
  'رافق', 'مرافق', 'جولة', 'توجه', 'يتوجه', 'مكالمة', 'تلقى', 'يتلقى', 'أجرى', 'يجري',
];
