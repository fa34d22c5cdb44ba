import { SUBJECT_ADVERBS } from './stopwords.js';
import type { CueComplement } from './cues.js';

/**
 * The words the position rules read (src/positions): typed data only, written as in text (with
 * hamza and taa marbuta); the readers normalise them (WordSet, formIndex, wordAlternation), so a
 * form is compared with the normalised words of the article. Every list says what it is for; the
 * regexes that place these words in a clause stay in the rule that owns them.
 *
 * Sources: general knowledge of news Arabic (wire-service prose); no entry was taken because it
 * occurs in a particular article.
 */

// ---- Particles and the words around a cue ----

/** The particles that open a cue's complement, by what the cue takes (cues.ts, CueComplement): أكد أن، شدد على، دعا إلى. */
export const COMPLEMENT_PARTICLES: Readonly<Partial<Record<CueComplement, readonly string[]>>> = {
  an: ['أن', 'أنه', 'أنها', 'أنهم', 'أنهما', 'بأن', 'بأنه', 'بأنها', 'بأنهم', 'إنما', 'لأن'],
  ala: ['على'],
  ila: ['إلى'],
  an_: ['عن'],
  min: ['من'],
  fainna: ['فإن', 'فإنه', 'فإنها', 'فإنهم', 'فإنهما'],
};

/** Words made of ب + a noun that are not the object of رحب ب / طالب ب: بين، بعد، بيان، باسم. */
export const NOT_BI_OBJECTS: readonly string[] = [
  'باسم', 'بالنيابة', 'بين', 'بعد', 'بيان', 'بيانا', 'بشأن', 'بلاده', 'بلادها', 'بحضور', 'بدوره', 'بدورها', 'بدء', 'بها', 'به', 'بهم',
  'بمناسبة', 'بينما', 'بل', 'بنظيره', 'بنظيرته', 'بنظرائه', 'بنظيريه',
];

/** Words before a quotation mark that make the quote a name, not a statement: لـ«…»، صحيفة «…»، حركة «…». */
export const MEDIA_BEFORE_QUOTE: readonly string[] = [
  'ل', 'صحيفة', 'لصحيفة', 'جريدة', 'لجريدة', 'وكالة', 'لوكالة', 'قناة', 'لقناة', 'موقع', 'لموقع', 'مجلة', 'لمجلة', 'إذاعة', 'لإذاعة', 'برنامج',
  'حركة', 'شبكة', 'لشبكة',
];

/**
 * Head nouns of a body whose own name follows in quotes or brackets (جماعة «…»، منظمة "…"، حزب (…)):
 * the quote is the body's name, not a statement. Written forms; media are in MEDIA_BEFORE_QUOTE.
 */
export const BODY_HEADS_BEFORE_QUOTE: readonly string[] = [
  'جماعة', 'حركة', 'تنظيم', 'حزب', 'جبهة', 'منظمة', 'جمعية', 'مجموعة', 'شركة', 'مؤسسة', 'ائتلاف', 'تحالف', 'هيئة', 'مركز',
  'اتحاد', 'رابطة', 'نقابة', 'مبادرة', 'حملة',
];
/**
 * Head nouns of a place or institution whose own name follows in quotes (بلدة «…»، مخيم "…"، مستشفى
 * «…»), and the mayor's title before his town's (عمدة "…"): the quote is that name, not a statement.
 */
export const PLACE_HEADS_BEFORE_QUOTE: readonly string[] = [
  'عمدة', 'بلدة', 'بلدية', 'مدينة', 'قرية', 'حي', 'مخيم', 'ضاحية', 'منطقة', 'ولاية', 'محافظة', 'مستشفى', 'مطار', 'ميناء', 'سجن',
  'جامعة', 'مدرسة', 'فندق', 'مسجد', 'شارع', 'ميدان', 'ساحة',
];
/** The same heads as written before a quote, bare or with ل (لجماعة «…»). */
export const BODY_HEADS_WITH_LAM: readonly string[] = [...BODY_HEADS_BEFORE_QUOTE, ...BODY_HEADS_BEFORE_QUOTE.map((w) => 'ل' + w)];

/** Prepositions after which a cue's spelling is a verbal noun, not a verb: "حرص على رفض…" (على رفض). */
export const PREPOSITIONS_BEFORE_NOUN: readonly string[] = ['على', 'إلى', 'عن', 'مع', 'بسبب', 'تجاه', 'وسط', 'بين', 'في', 'حول', 'بعد', 'قبل', 'خلال', 'ضد', 'إثر', 'عقب', 'رغم', 'بشأن', 'لدى', 'جراء', 'حيال'];

/** Words that open an attributing clause: the cue after them attributes what came before (، حسبما صرح…). */
export const ATTRIBUTING_OPENERS: readonly string[] = ['حسبما', 'وحسبما', 'فحسبما', 'بحسب ما', 'حسب ما', 'وفقا لما', 'طبقا لما', 'على حد ما'];

/** Attribution clauses that end a reported statement inside its sentence: "، حسبما صرح…"، "، على حد تعبيره". */
export const ATTRIBUTION_CUTS: readonly string[] = [
  'حسبما', 'وحسبما', 'وفقا لما', 'طبقا لما', 'بحسب', 'حسب', 'وفقا ل', 'نقلا عن', 'على حد تعبيره', 'على حد تعبيرها', 'على حد قوله', 'على حد قولها',
];

/** Words that attribute a sentence's quotation to someone when no cue introduces it: «…»، حسبما صرح المتحدث. */
export const QUOTE_ATTRIBUTIONS: readonly string[] = ['حسبما', 'بحسب ما', 'حسب ما', 'وفقا لما', 'طبقا لما', 'نقلا عن', 'على حد تعبير'];

/** Pronoun subjects that stand for the sentence's first subject: "…، لكنه أعلن…"، "إلا أنها دعت…". */
export const BUT_PRONOUNS: readonly string[] = ['لكنه', 'لكنها', 'ولكنه', 'ولكنها', 'إلا أنه', 'إلا أنها'];

/** Words that may stand between a dual verb and what comes before it, where the verb opens its clause: أن، قد، كما، ثم. */
export const DUAL_VERB_OPENERS: readonly string[] = ['أن', 'أنهما', 'بأن', 'فإن', 'قد', 'كما', 'ثم'];

/** Relative pronouns of one or many (الذي، التي، الذين): a relative clause's verb speaks for its antecedent. */
export const RELATIVE_PRONOUNS: readonly string[] = ['الذي', 'التي', 'الذين'];

/** Dual relative pronouns (اللذين، اللتين): they too open a relative clause. */
export const DUAL_RELATIVE_PRONOUNS: readonly string[] = ['اللتين', 'اللذين'];

/** Negations that may stand between a relative pronoun and its verb: "الدول التي لم تعترف…". */
export const NEGATIONS: readonly string[] = ['لم', 'لا', 'لن'];

/** Words that show a clause between a name and a relative pronoun (a preposition, a particle): the name is then not its antecedent. */
export const CLAUSE_WORDS: readonly string[] = ['من', 'في', 'على', 'إلى', 'عن', 'مع', 'أن', 'بأن', 'قد', 'لا', 'لم'];

/** Adverbials that may stand between a definite verbal noun and its particle: "التأكيد خلال اللقاء على". */
export const NOUN_ADVERBIALS: readonly string[] = ['خلال', 'في', 'أثناء', 'عقب', 'مجددا', 'أيضا', 'كذلك', 'بشدة', 'مرة', 'اليوم', 'أمس'];

/** Contrast words that open a clause with its own reporting verb: "…، بينما طالب الوزير بـ…". */
export const CONTRAST_WORDS: readonly string[] = ['بينما', 'فيما', 'في حين'];

/** Words left dangling at the end of a statement cut before the next cue: "… لكنه | قال إن…"، "… كما | أكد…". */
export const DANGLING_WORDS: readonly string[] = ['لكنه', 'لكنها', 'لكنهم', 'كما', 'ثم', 'حيث', 'فيما'];

// ---- Days and adverbs between a verb and its subject or object ----

/** Day words that may stand between a verb and its subject or object: "وأصدرت الاثنين هيئة…"، "نفت الهيئة، الأحد، ما…". */
export const DAY_WORDS: readonly string[] = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'اليوم', 'أمس', 'مساء', 'صباح'];

/** Words between a subject and its direct object that belong to neither: the day words, and أيضا، مجددا، بدوره، بشدة. */
export const BETWEEN_SUBJECT_AND_OBJECT: readonly string[] = [...DAY_WORDS, 'أيضا', 'مجددا', 'بدوره', 'بدورها', 'كذلك', 'بشدة'];

// ---- Statements and their issuers ----

/** Verbs of issuing a statement: "وأصدرت هيئة … بيانا أكدت فيه…" (the issuer is their subject). */
export const ISSUING_VERBS: readonly string[] = ['أصدرت', 'أصدر', 'نشرت', 'نشر', 'وزعت', 'وزع'];

/** The documents an issuing verb puts out, as its object: بيانا، رسالة. */
export const ISSUED_DOCUMENTS: readonly string[] = ['بيانا', 'بيان', 'رسالة'];

/** Verbs that name a statement with its issuer: "…بحسب ما أعلنته الهيئة في بيان لها". */
export const STATEMENT_VERBS: readonly string[] = ['أعلنته', 'أعلنت', 'أعلن', 'أعلنه', 'ذكرته', 'ذكرت', 'ذكر', 'أكدته', 'أكدت', 'أكد'];

/** Adjectives of a statement that belongs to a meeting's sides: البيان المشترك، البيان الختامي. */
export const JOINT_STATEMENT_WORDS: readonly string[] = ['المشترك', 'الختامي'];

/** Phrases that name the source of reported words inside a subject: "أوردت الصحيفة نقلا عن الوزير…". */
export const SOURCE_PHRASES: readonly string[] = ['نقلا عن', 'على لسان'];

// ---- Meetings reported, not positions ----

/** Verb stems of discussion: a statement that a meeting discussed something is an agenda, not a stance. */
export const DISCUSSION_STEMS: readonly string[] = ['بحث', 'ناقش', 'تناول', 'استعرض', 'تطرق', 'تباحث'];

/** What a discussion verb has for subject when it reports a meeting's agenda: الجانبان، اللقاء، المباحثات. */
export const MEETING_SUBJECTS: readonly string[] = [
  'الجانبين', 'الجانبان', 'الطرفين', 'الطرفان', 'اللقاء', 'الاتصال', 'المحادثات', 'المباحثات', 'الاجتماع', 'القمة', 'الوزيرين', 'الرئيسين',
];

// ---- Joint holders ----

/** Groups of people (not of states): with no meeting found, the first person named stands for them (الزعماء الأربعة). */
export const PERSON_GROUPS: readonly string[] = ['الزعماء', 'القادة', 'الرؤساء', 'الوزراء'];

/** Groups of states: الدول الخمس، البلدان الثلاثة (the meeting's sides only where its sides are states). */
export const STATE_GROUPS: readonly string[] = ['الدول', 'البلدان', 'الحكومات'];

/** Words after a plural that make it a closed group: "الزعماء الأربعة"، "الدول الخمس"، "القادة المشاركون". */
export const GROUP_COUNTS: readonly string[] = [
  'الثلاثة', 'الثلاث', 'الأربعة', 'الأربع', 'الخمسة', 'الخمس', 'الستة', 'الست', 'السبعة', 'السبع', 'المشاركون', 'المشاركين', 'المجتمعون', 'المجتمعين',
];

// ---- Subjects: titles, names and what ends them ----

/** Plural title heads: "قادة الدول"، "وزراء الخارجية" name a group, never one person. */
export const PLURAL_TITLE_HEADS: readonly string[] = [
  'قادة', 'القادة', 'زعماء', 'الزعماء', 'وزراء', 'الوزراء', 'رؤساء', 'الرؤساء', 'مسؤولو', 'مسؤولون', 'المسؤولون', 'مسؤولين', 'المسؤولين',
  'ممثلو', 'ممثلون', 'مندوبو', 'سفراء', 'السفراء',
];

/**
 * Heads of titles and descriptions that come before a name: وزير الخارجية X، الرئيس X، المتحدث باسم….
 * A small fallback list for the subject reader; the entity layer's title lexicon does the full job.
 */
export const TITLE_HEADS: readonly string[] = [
  'وزير', 'الوزير', 'وزيرة', 'الوزيرة', 'رئيس', 'الرئيس', 'رئيسة', 'الرئيسة', 'أمين', 'الأمين', 'مبعوث', 'المبعوث', 'سفير', 'السفير',
  'المتحدث', 'متحدث', 'الناطق', 'ناطق', 'المتحدثة', 'الناطقة', 'متحدثة', 'ناطقة', 'مندوب', 'المندوب', 'نائب', 'النائب', 'الملك', 'ملك',
  'الأمير', 'أمير', 'ولي', 'العاهل', 'الشيخ', 'الدكتور', 'د', 'السيد', 'السيدة', 'قائد', 'القائد', 'زعيم', 'الزعيم', 'مستشار', 'المستشار',
  'مساعد', 'المساعد', 'عضو', 'العضو', 'القيادي', 'المسؤول', 'مسؤول', 'المدير', 'مدير', 'الجنرال', 'اللواء', 'العميد', 'الفريق', 'المشير',
  'العقيد', 'الممثل', 'ممثل', 'المنسق', 'منسق', 'مفوض', 'المفوض', 'محافظ', 'المحافظ', 'حاكم', 'الحاكم', 'سمو', 'معالي', 'فخامة', 'سماحة',
  'دولة', 'المرشد', 'الإمام', 'رئيسا', 'الوكيل', 'وكيل', 'قادة', 'مسؤولو', 'عضوا', 'أمينة', 'الأمينة', 'السفيرة', 'سفيرة', 'المبعوثة',
  'مبعوثة', 'البابا', 'المستشارة', 'الناشط', 'الكاتب', 'الخبير', 'المحلل', 'النائبة', 'السناتور', 'الأستاذ', 'الحاخام', 'الباحث', 'القاضي',
  'المحامي', 'البروفيسور', 'الوالي', 'العمدة', 'عمدة', 'مندوبة', 'المندوبة',
];

/** Stems of title heads, found at a word start with و and ال or not, for the titled-person index: وزير، رئيس، مبعوث. */
export const TITLE_STEMS: readonly string[] = [
  'وزير', 'رئيس', 'أمين', 'مبعوث', 'سفير', 'متحدث', 'ناطق', 'مندوب', 'نائب', 'ملك', 'أمير', 'ولي', 'عاهل', 'شيخ', 'مستشار', 'مساعد', 'مدير',
  'ممثل', 'منسق', 'مفوض',
];

/** Words inside a title that continue it without the article: أمين سر، وزير شؤون، مجلس، حركة. */
export const TITLE_TAIL_WORDS: readonly string[] = ['سر', 'شؤون', 'عام', 'وزارة', 'مجلس', 'حركة', 'حزب', 'دولة', 'جامعة', 'منظمة', 'هيئة'];

/**
 * Heads of the bodies and places an office is of, inside a title with the name that follows them:
 * مدير مطار القاهرة، رئيس غرفة جدة، أمير منطقة عسير.
 */
export const TITLE_BODY_HEADS: readonly string[] = [
  'مطار', 'ميناء', 'مكتب', 'شركة', 'مستشفى', 'مركز', 'إدارة', 'دائرة', 'مديرية', 'بلدية', 'محافظة', 'منطقة', 'قسم', 'مؤسسة',
  'جمعية', 'رابطة', 'نقابة', 'غرفة', 'بنك', 'مصرف', 'صندوق', 'وكالة', 'معهد', 'كلية', 'مدرسة', 'نادي', 'لجنة', 'اتحاد',
  'جهاز', 'قطاع', 'فرع', 'أمانة', 'مجموعة', 'مصلحة', 'سلطة', 'شرطة',
];

/**
 * Definite nouns of bodies and groups that hold views when named alone (أعلنت الجماعة، رفضت الحكومة),
 * unlike the other common nouns that may follow a direct-object verb (تجدد الاشتباكات).
 */
export const AGENT_NOUNS: readonly string[] = [
  'الجماعة', 'الحركة', 'الحكومة', 'الوزارة', 'الهيئة', 'الرابطة', 'المنظمة', 'الجمعية', 'النقابة', 'النقابات', 'اللجنة', 'الشركة', 'الحزب',
  'المجلس', 'الاتحاد', 'الرئاسة', 'السلطات', 'السلطة', 'الشرطة', 'الجيش', 'القوات', 'المعارضة', 'الإدارة', 'الأمانة', 'البرلمان',
  'المحكمة', 'النيابة', 'الجامعة', 'الكنيسة', 'الدولة', 'المملكة', 'الجمهورية', 'الإمارة', 'البلدية', 'المحافظة', 'الكتلة', 'التحالف',
  'الائتلاف', 'الجبهة', 'الفصائل', 'الميليشيا', 'الوكالة', 'الصحيفة', 'القناة', 'المؤسسة', 'المركز', 'الديوان', 'المكتب', 'البنك', 'المؤتمر', 'الكونغرس', 'الاجتماع', 'القمة',
  'السفارة', 'البعثة', 'القنصلية', 'المفوضية', 'الخارجية', 'المرصد', 'الوفد',
];

/** Spokesman heads: the one who speaks for the body named after باسم. */
export const SPOKESMAN_HEADS: readonly string[] = ['المتحدث', 'متحدث', 'الناطق', 'ناطق', 'المتحدثة', 'الناطقة', 'متحدثة', 'ناطقة'];

/** Words that begin a name part without being a name themselves (written apart): بن، أبو، آل، عبد. */
export const NAME_LINKS: readonly string[] = ['بن', 'ابن', 'أبو', 'آل', 'عبد', 'بنت', 'ولد', 'أبي', 'أم'];

/**
 * Words that end a subject: adverbials (في، خلال، اليوم، بدوره), whom the words were told to
 * (للصحفيين، لوكالة), relative pronouns and the words that open another clause (بينما، كما، بأن).
 */
export const SUBJECT_ENDS: readonly string[] = [
  'في', 'خلال', 'عقب', 'لدى', 'أثناء', 'أمام', 'بعد', 'قبل', 'مساء', 'صباح', 'اليوم', 'أمس', 'يوم', 'ضمن', 'وسط', 'بدوره', 'بدورها', 'كذلك',
  'أيضا', 'للصحفيين', 'للصحافيين', 'لوكالة', 'لقناة', 'لصحيفة', 'لموقع', 'لصحف', 'لوسائل', 'لجريدة', 'لراديو', 'لإذاعة', 'لتلفزيون', 'عبر',
  'حول', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'مجددا', 'بشدة', 'له', 'لها', 'لهم', 'فيه', 'فيها',
  'آنذاك', 'حينها', 'بينما', 'حيث', 'كما', 'الذي', 'التي', 'والذي', 'والتي', 'مؤخرا', 'بأن', 'وأن', 'وقال', 'ردا', 'تعليقا', 'بيانا', 'وهو',
  'وهي', 'وهم', 'وهما', 'قبيل', 'عشية', 'بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا',
  // a part of a time in the accusative: "قال فلان أواخر الشهر الماضي إن …"، "طوال حملته" (not مطلع: also "informed", مصدر مطلع; nor إبان: the given name أبان)
  'أواخر', 'أوائل', 'منتصف', 'نهاية', 'بداية', 'غداة', 'طوال', 'طيلة', 'الشهر', 'الأسبوع',
  // adverbs of time and manner: "قال فلان مرارا إن …"
  ...SUBJECT_ADVERBS,
];

/** Media nouns after ل (لل): "قال للصحفيين"، "لوكالة الأنباء": whom he spoke to, not who spoke. */
export const MEDIA_ADDRESSEES: readonly string[] = [
  'صحفيين', 'صحافيين', 'صحفي', 'وكالة', 'قناة', 'صحيفة', 'جريدة', 'موقع', 'وسائل', 'إذاعة', 'تلفزيون', 'راديو', 'مراسل', 'الصحفيين', 'الصحافيين',
  // outlets named at once (قال مصدر أمني لرويترز، لـCNN، لفرانس برس، لشبكة، لمجلة)
  'رويترز', 'cnn', 'bbc', 'فرانس', 'أسوشيتد', 'الأناضول', 'سبوتنيك', 'شبكة', 'مجلة',
];

/** A preposition with a pronoun right after the verb, before its subject: "أعلن عنها الرئيس…"، "قال له الوزير…". */
export const LEADING_PRONOUN_PHRASES: readonly string[] = [
  'له', 'لها', 'لهم', 'لهما', 'عنه', 'عنها', 'عنهم', 'منه', 'منها', 'إليه', 'إليها', 'إليهم', 'عليه', 'عليها',
  // to or with the writer or the reader ("أكد لي أنه …"، "قال لنا")، and "أضاف قوله"
  'لي', 'لنا', 'لك', 'لكم', 'معي', 'معنا', 'معه', 'معها', 'عني', 'عنا', 'علينا', 'منك', 'منكم', 'قوله', 'قولها',
];

/** Words that begin an object, not a subject: "أكد ضرورة…"، "أكد التزامه…"، "جدد دعم بلاده…". */
export const OBJECT_HEADS: readonly string[] = [
  'ضرورة', 'أهمية', 'دعم', 'حرص', 'موقف', 'رفض', 'وقوف', 'تواصل', 'استمرار', 'عمق', 'متانة', 'التزام', 'الالتزام', 'تمسك', 'الحرص', 'الدعم',
  'حق', 'قلق', 'قلقه', 'أملا', 'أمله', 'ترحيب', 'تضامن', 'التضامن', 'استعداد', 'رغبة', 'إدانة', 'تقدير', 'شكر', 'الشكر', 'اعتزاز', 'أي', 'عزم',
  'سعي', 'مواصلة', 'ثقة', 'اهتمام', 'تطلع', 'تأييد', 'مساندة', 'وحدة', 'سيادة', 'بطلان', 'عدم', 'الحاجة', 'حاجة',
  // what one refuses, asks or agrees to do (رفض اللعب، رفض الإفصاح عن، طلب العودة): verbal nouns with the article
  'اللعب', 'العودة', 'الخوض', 'الدخول', 'الخروج', 'المشاركة', 'التوقيع', 'الاعتراف',
  'الانسحاب', 'الاستقالة', 'الذهاب', 'السفر', 'التنازل', 'الاعتذار', 'المثول', 'الاستجابة', 'الموافقة', 'إقامة', 'تسليم',
  // events announced or reported (أعلنت الشرطة مقتل…، أكدت الوزارة اعتقال…): nouns that are no family name
  'مقتل', 'مصرع', 'اعتقال', 'وفاة', 'إصابة', 'إغلاق', 'إطلاق', 'تعيين', 'إلغاء', 'تأجيل', 'تعليق', 'سقوط', 'استشهاد', 'توقيف', 'ارتفاع', 'تراجع', 'انخفاض',
  // the news of it, confirmed or denied (أكد نبأ وفاته); not أنباء (وكالة الأنباء) nor الخبر (a city, a paper)
  'نبأ', 'خبر',
];

/** Particles and pronouns that are never part of a name: أن، إلى، قد، هو. */
export const NON_NAME_PARTICLES: readonly string[] = ['أن', 'أنه', 'أنها', 'إلى', 'عن', 'من', 'مع', 'ب', 'ل', 'قد', 'لا', 'لم', 'لن', 'ما', 'هو', 'هي'];

/** Complementisers that may open a subject written before its verb: "وقال المتحدث إن الوزير … أكد". */
export const SUBJECT_OPENERS: readonly string[] = ['أن', 'أنه', 'بأن', 'فإن'];

/**
 * Words that cannot open a holder's name: particles and conjunctions (لكن، أما، حتى), prepositions
 * (على، من، لـ، مع), pronouns (أنا، ذلك، بعضهم), quantifiers (عدد، أحد، بعض), adverbs (سابقا،
 * رسميا، الآن) and the like. A subject phrase that opens with one is no holder (holder-is-a-name).
 */
export const NOT_A_HOLDER_START: readonly string[] = [
  // particles and conjunctions
  'لكن', 'ولكن', 'عما', 'مما', 'عمّا', 'ممّا', 'لكنه', 'لكنها', 'لكنهم', 'أما', 'وأما', 'فأما', 'حتى', 'أو', 'أم', 'بل', 'إذ', 'إذا', 'لو', 'لولا', 'ثم', 'كما', 'فيما', 'بينما',
  'عندما', 'بعدما', 'حينما', 'كلما', 'ألا', 'إلا', 'سوى', 'إثر', 'عقب', 'طالما', 'ربما', 'لعل', 'أنه', 'إنه', 'أنها', 'إنها', 'أننا', 'إننا', 'أنني', 'إنني',
  'أنهم', 'إنهم', 'أنهن', 'إنهن', 'أنهما', 'إنهما', 'بأنه', 'بأنها', 'بأنهم', 'بأننا',
  'قد', 'وقد', 'فقد', 'لقد', 'إن', 'أن', 'بأن', 'لأن', 'إنما', 'لا', 'لم', 'لن', 'ما', 'هل', 'كي', 'و', 'ف', 'ليس', 'ليست', 'غير',
  // prepositions
  'على', 'من', 'إلى', 'عن', 'في', 'مع', 'لدى', 'عند', 'ل', 'لـ', 'ب', 'بـ', 'بين', 'حول', 'ضد', 'نحو', 'خلال', 'منذ', 'قبل', 'بعد', 'أمام',
  'عبر', 'دون', 'وفي', 'وعن', 'وحول', 'ومن', 'وعلى', 'وإلى', 'ومع', 'بالقول', 'بشكل', 'بصورة', 'بوضوح', 'بشدة', 'بامتنان',
  // pronouns and demonstratives
  'أنا', 'أنت', 'أنتم', 'نحن', 'هو', 'هي', 'هم', 'هما', 'هن', 'ذلك', 'تلك', 'هذا', 'هذه', 'هؤلاء', 'أولئك', 'به', 'بها', 'بهم', 'له', 'لها',
  'لهم', 'لنا', 'لك', 'اسمه', 'اسمها', 'نفسه', 'نفسها', 'بعضهم', 'أحدهم', 'إحداهن', 'كلاهما', 'كلا', 'كلتا',
  'منه', 'منها', 'منهم', 'مني', 'منا', 'عنه', 'عنها', 'عنهم', 'لديه', 'لديها', 'لديهم', 'عليه', 'عليها', 'عليهم', 'إليه', 'إليها', 'خلاله', 'خلالها',
  'باسمه', 'باسمها', 'حديثه', 'حديثها', 'كلمته', 'كلمتها', 'هويته', 'هويتها', 'بدوره', 'بدورها', 'بدورهم',
  // adjectives that follow an untitled official (قائد كبير، مسؤول رفيع): the rest names no one
  'كبير', 'كبيرة', 'رفيع', 'رفيعة', 'بارز', 'بارزة', 'سابق', 'سابقة', 'آخر', 'أخرى', 'آخرون', 'آخرين',
  // quantifiers
  'عدد', 'أحد', 'إحدى', 'بعض', 'كل', 'معظم', 'أغلب', 'أكثر', 'أقل', 'كافة', 'جميع', 'كبار', 'غالبية', 'نصف', 'ثلث', 'ربع',
  'جميعا', 'جميعهم', 'جميعهن', 'كلهم', 'كلهن', 'كلاهما',
  // adverbs and time words
  'سابقا', 'لاحقا', 'الآن', 'رسميا', 'صراحة', 'علنا', 'مرارا', 'دائما', 'أخيرا', 'أولا', 'ثانيا', 'أيضا', 'مجددا', 'كذلك', 'حاليا', 'فورا',
  'اليوم', 'أمس', 'غدا', 'مساء', 'صباح', 'حينها', 'آنذاك', 'هنا', 'هناك', 'فقط', 'تماما', 'جدا', 'مؤخرا', 'بالإجماع', 'بالأغلبية',
  // verbs that open a clause, not a subject
  'كان', 'كانت', 'يكون', 'تكون', 'رأى', 'يرى', 'ترى', 'يقول', 'تقول', 'قال', 'قالت', 'مضى', 'ومضى', 'مضت', 'تابع', 'وتابع', 'عاد', 'يجلس',
  'تعالى', 'وأضاف', 'أضاف',
];

/**
 * Honorific pronouns ("his highness", "his excellency"): a holder written so is the dignitary the
 * article spoke of last (سموه، معاليه، فخامته، جلالته، سماحته، فضيلته، سعادته، دولته).
 */
export const HONORIFIC_PRONOUNS: readonly string[] = [
  'سموه', 'سموها', 'سمو', 'معاليه', 'معاليها', 'فخامته', 'جلالته', 'جلالتها', 'سماحته', 'فضيلته', 'سعادته', 'سعادتها', 'دولته', 'سيادته', 'نيافته', 'غبطته',
];

/**
 * The rank an honorific pronoun speaks to: the form of address written before such a person's name
 * and the title words of the offices addressed so (protocol usage: جلالة for kings and sultans, سمو
 * for emirs, crown princes and princes, فخامة and سيادة for presidents, دولة for prime ministers,
 * معالي for ministers and heads of bodies, سعادة for ambassadors, سماحة and فضيلة for clerics).
 * "وأكد جلالته" after a king and a president is the king.
 */
export const HONORIFIC_RANKS: readonly { pronouns: readonly string[]; address: readonly string[]; titles: readonly string[] }[] = [
  { pronouns: ['جلالته', 'جلالتها'], address: ['جلالة', 'صاحب الجلالة', 'صاحبة الجلالة'], titles: ['الملك', 'ملك', 'الملكة', 'ملكة', 'السلطان', 'سلطان', 'العاهل', 'عاهل', 'خادم الحرمين'] },
  { pronouns: ['سموه', 'سموها', 'سمو'], address: ['سمو', 'صاحب السمو', 'صاحبة السمو'], titles: ['الأمير', 'أمير', 'الأميرة', 'ولي العهد', 'ولي عهد', 'حاكم', 'نائب حاكم'] },
  { pronouns: ['فخامته', 'سيادته'], address: ['فخامة', 'صاحب الفخامة', 'سيادة'], titles: ['الرئيس', 'رئيس الجمهورية', 'رئيس دولة'] },
  { pronouns: ['دولته'], address: ['دولة رئيس'], titles: ['رئيس الوزراء', 'رئيس الحكومة', 'رئيس مجلس الوزراء'] },
  { pronouns: ['معاليه', 'معاليها'], address: ['معالي', 'معالى', 'صاحب المعالي'], titles: ['الوزير', 'وزير', 'الوزيرة', 'وزيرة'] },
  { pronouns: ['سعادته', 'سعادتها'], address: ['سعادة', 'صاحب السعادة'], titles: ['السفير', 'سفير', 'السفيرة', 'سفيرة'] },
  { pronouns: ['سماحته', 'فضيلته'], address: ['سماحة', 'فضيلة'], titles: ['المفتي', 'مفتي', 'شيخ الأزهر', 'الإمام', 'إمام', 'خطيب', 'آية الله', 'المرجع'] },
  { pronouns: ['غبطته', 'نيافته'], address: ['غبطة', 'نيافة', 'قداسة'], titles: ['البطريرك', 'بطريرك', 'المطران', 'مطران', 'البابا'] },
];

/**
 * Nouns of thanks, congratulation and condolence that open what a gated cue (رفع، قدم، وجه) offers:
 * "رفع … التهاني"، "قدم شكره"، "وجه التحية"، "تقدم بالشكر" (a ب before them is read apart).
 */
export const THANKS_NOUNS: readonly string[] = [
  'الشكر', 'شكره', 'شكرها', 'شكرهم', 'شكرهما', 'التهاني', 'تهانيه', 'تهانيها', 'تهانيهم', 'التهنئة', 'تهنئته', 'تهنئتها',
  'التبريكات', 'التعازي', 'تعازيه', 'تعازيها', 'تعازيهم', 'التعزية', 'الامتنان', 'امتنانه', 'امتنانها', 'الثناء', 'التحية',
  'تحياته', 'تحياتها', 'العرفان',
];

/** Words that may stand before a noun of thanks: أخلص التهاني، جزيل الشكر، كل الشكر، أسمى آيات التهاني. */
export const THANKS_INTENSIFIERS: readonly string[] = [
  'أخلص', 'أصدق', 'أسمى', 'أحر', 'أطيب', 'أجمل', 'أعمق', 'أبلغ', 'خالص', 'جزيل', 'وافر', 'بالغ', 'عظيم', 'كل', 'آيات', 'عبارات',
];

/** A letter or message of thanks, congratulation or condolence: وجهت رسالة شكر، وجه برقية تهنئة. */
export const THANKS_LETTERS: readonly string[] = ['رسالة', 'برقية', 'رسائل', 'برقيات'];

/** The indefinite nouns after a letter of thanks: رسالة شكر، برقية تهنئة، برقية تعزية. */
export const THANKS_LETTER_NOUNS: readonly string[] = ['شكر', 'تهنئة', 'تعزية', 'مواساة', 'تقدير'];

/**
 * Heads of what a statement may be "according to" (وبحسب X، فإن …) that hold no view: reports,
 * figures, documents and the press, opinions and claims. (People unnamed, خبراء، مراقبون، are left
 * as unnamed sources are.)
 * Written without the article; the rule reads the head with or without it.
 */
export const ACCORDING_NON_SOURCES: readonly string[] = [
  'تقرير', 'تقارير', 'دراسة', 'دراسات', 'إحصاءات', 'إحصائيات', 'إحصائية', 'أرقام', 'بيانات', 'معلومات', 'نتائج', 'تقديرات',
  'سجلات', 'وثائق', 'وثيقة', 'مسح', 'استطلاع', 'شكوى', 'لوائح', 'قواعد', 'فقرة', 'مادة', 'كتاب', 'مقتطفات', 'نص',
  'روايات', 'رواية', 'تقييمات', 'تقييم', 'آراء', 'رأي', 'رأيه', 'رأيها', 'رأيهم', 'ادعائه', 'ادعائها', 'ادعاءات', 'دعوات',
  'قراءة', 'صحافة', 'صحف', 'وسائل', 'قنوات',
];

/** Head nouns of a body named by its genitive (مجلس الوزراء، مكتب الرئيس، ديوان الرئاسة): the genitive is no title of a name. */
export const CONSTRUCT_BODY_HEADS: readonly string[] = ['مجلس', 'مكتب', 'ديوان', 'رئاسة', 'قيادة', 'أمانة', 'مجموعة', 'مركز'];

/** Feminine adjectives of bodies (الأمانة العامة، الهيئة الوطنية، المفوضية العليا): after a body's noun they continue its name. */
export const BODY_ADJECTIVE_WORDS: readonly string[] = [
  'العامة', 'الوطنية', 'العليا', 'الشرعية', 'المحلية', 'المستقلة', 'الدائمة', 'التنفيذية', 'الاتحادية', 'الانتقالية', 'المركزية', 'التشريعية',
];

/** Heads of a body's name that open with ب or ل as their own letter (لجنة الانتخابات، بعثة الأمم المتحدة): no preposition. */
export const BODY_HEADS_WITH_B_OR_L: readonly string[] = ['لجنة', 'لجان', 'لواء', 'بعثة', 'بلدية', 'برلمان', 'بنك', 'بورصة'];
