import type { Stance } from '../types.js';

/**
 * Reporting cues: the verbs, participles and verbal nouns that attribute a statement to someone
 * (أكد، شدد، دعا، حذر…). Typed data only; src/positions/cue-forms.ts inflects the stems (past,
 * present, participle, verbal noun with possessive suffix) and builds the regexes once.
 * Forms are written as in text (with hamza and taa marbuta); normalisation happens at compile time.
 */

/**
 * What a cue takes before its statement:
 * - `an`    أن / إن / بأن (and أنه، إنها…): وأكد الوزير أن …
 * - `ala`   على: شدد على ضرورة …
 * - `ila`   إلى: دعا إلى وقف …، أشار إلى أن …
 * - `an_`   عن: أعرب عن قلقه …
 * - `bi`    ب- on the next word: رحب بالاتفاق، طالب بوقف …
 * - `min`   من: حذر من مغبة …
 * - `fi`    في: أمل في التوصل إلى …
 * - `obj`   a direct object right after the subject: أدان الهجوم، جدد موقف بلاده …
 * - `quote` a colon or an opening quotation mark: قال: «…»
 * - `thanks` a phrase of thanks, congratulation or condolence after the subject: رفع فلان أخلص
 *   التهاني…، وجه كل الشكر…، تقدم بالشكر… (the statement starts at it)
 * - `fainna` فإن after the source: وبحسب الوزير فلان، فإن …
 */
export type CueComplement = 'an' | 'ala' | 'ila' | 'an_' | 'bi' | 'min' | 'fi' | 'obj' | 'quote' | 'thanks' | 'fainna';

/** How a cue form stands in its clause: a finite verb, a participle (مؤكدا), a verbal noun (تأكيد). */
export type CueFormKind = 'verb' | 'participle' | 'noun';

/** The frame a gated cue needs to be one: see CueEntry.gate. */
export type CueGate = 'thanks' | 'source' | 'according' | 'blame';

/** One reporting verb with its stems; each stem list is written in the 3rd person masculine singular. */
export interface CueEntry {
  id: string;
  stance: Stance;
  /** Past tense stems: أكد (→ أكدت، أكدوا، أكدا، أكدتا). */
  past: string[];
  /** Present tense, 3rd masculine singular: يؤكد (→ تؤكد، يؤكدون، يؤكدان). */
  present: string[];
  /** Active participle stems: مؤكد (→ مؤكدا، مؤكدة، مؤكدين، مؤكدون). */
  participle: string[];
  /** Verbal nouns: تأكيد (→ تأكيده، تأكيدها، تأكيدهم، التأكيد). */
  nouns: string[];
  /** Irregular forms as written, by kind, added as they are (defective verbs: دعت، دعوا، داعيا). */
  forms?: Partial<Record<CueFormKind, string[]>>;
  complements: CueComplement[];
  /** True for cues that usually continue the previous speaker without a subject: وأضاف، وتابع. */
  continuation?: boolean;
  /**
   * A verb that reports only in one frame, of itself no saying: `thanks` (رفع، قدم، وجه) only where
   * a phrase of thanks follows in the clause (gateOpensAt in cueForms.ts), `source` (نقل) only with
   * عن and its source after it, `according` (بحسب) only opening its sentence with فإن after the
   * source, `blame` (حمّل) only with مسؤولية after it in its clause. No other rule asks about them
   * as cue words.
   */
  gate?: CueGate;
  /** Other words written with another hamza that normalise to one of its forms (إبان "during" for أبان): a hit written so is none. */
  homographs?: string[];
}

/** The reporting cues, after the list (issue 4) and common Arabic news usage. */
export const CUES: readonly CueEntry[] = [
  { id: 'akkada', stance: 'assert', past: ['أكد'], present: ['يؤكد'], participle: ['مؤكد'], nouns: ['تأكيد'], complements: ['an', 'ala', 'quote', 'obj'] },
  { id: 'shaddada', stance: 'assert', past: ['شدد'], present: ['يشدد'], participle: ['مشدد'], nouns: ['تشديد'], complements: ['an', 'ala', 'quote'] },
  { id: 'ashara', stance: 'assert', past: ['أشار'], present: ['يشير'], participle: ['مشير'], nouns: ['إشارة'], complements: ['ila', 'an'] },
  { id: 'lafata', stance: 'assert', past: ['لفت'], present: ['يلفت'], participle: ['لافت'], nouns: [], complements: ['ila', 'an'] },
  { id: 'nawwaha', stance: 'assert', past: ['نوه'], present: ['ينوه'], participle: ['منوه'], nouns: [], complements: ['ila', 'bi', 'an'] },
  // بالقول، بقوله (by saying): a manner phrase read as a participle, like مضيفا: it speaks for the subject
  // participle-subject finds (ورد الوزير على منتقديه بالقول إن …)
  { id: 'qala', stance: 'assert', past: ['قال'], present: ['يقول'], participle: ['قائل'], nouns: [], forms: { participle: ['بالقول', 'بقوله', 'بقولها', 'بقولهم', 'بقولهما'], noun: ['قوله', 'قولها', 'قولهم', 'قولهما'] }, complements: ['an', 'quote'] },
  { id: 'sarraha', stance: 'assert', past: ['صرح'], present: ['يصرح'], participle: ['مصرح'], nouns: [], complements: ['an', 'quote', 'bi'] },
  { id: 'awdaha', stance: 'assert', past: ['أوضح'], present: ['يوضح'], participle: ['موضح'], nouns: [], complements: ['an', 'quote'], continuation: true },
  { id: 'itabara', stance: 'assert', past: ['اعتبر'], present: ['يعتبر'], participle: ['معتبر'], nouns: [], complements: ['an', 'obj'] },
  { id: 'jaddada', stance: 'assert', past: ['جدد'], present: ['يجدد'], participle: ['مجدد'], nouns: [], complements: ['obj'] },
  // "وكرر الوزير دعوته إلى…"، "كرر أن…": past only (يكرر is mostly "repeats an act")
  { id: 'karrara', stance: 'assert', past: ['كرر'], present: [], participle: [], nouns: [], complements: ['an', 'quote'] },
  { id: 'adafa', stance: 'assert', past: ['أضاف'], present: ['يضيف'], participle: ['مضيف'], nouns: [], complements: ['an', 'quote'], continuation: true },
  { id: 'tabaa', stance: 'assert', past: ['تابع'], present: [], participle: [], nouns: [], complements: ['an', 'quote'], continuation: true },
  { id: 'dhakara', stance: 'assert', past: ['ذكر'], present: [], participle: [], nouns: [], complements: ['an', 'obj'] },
  { id: 'awrada', stance: 'inform', past: ['أورد'], present: [], participle: [], nouns: [], complements: ['an'] },
  { id: 'ardafa', stance: 'assert', past: ['أردف'], present: [], participle: ['مردف'], nouns: [], complements: ['an', 'quote', 'bi'], continuation: true },
  { id: 'mada', stance: 'assert', past: [], present: [], participle: [], nouns: [], forms: { verb: ['مضى', 'مضت', 'استرسل', 'استرسلت'] }, complements: ['bi'], continuation: true },
  // "واستطرد بقوله: «…»"، "واستطردت: «…»": went on to say (past only)
  { id: 'istatrada', stance: 'assert', past: ['استطرد'], present: [], participle: [], nouns: [], complements: ['an', 'quote', 'bi'], continuation: true },
  { id: 'khatama', stance: 'assert', past: ['ختم', 'اختتم'], present: [], participle: ['مختتم'], nouns: [], complements: ['bi', 'quote'] },
  { id: 'wasafa', stance: 'assert', past: ['وصف'], present: ['يصف'], participle: ['واصف'], nouns: [], complements: ['an', 'bi'] },
  { id: 'itarafa', stance: 'assert', past: ['اعترف'], present: ['يعترف'], participle: ['معترف'], nouns: [], complements: ['an', 'bi'] },
  // "وبين الوزير أن…"، "وبينت الوزارة أن…": the past and present as verbs; بين only with its و or ف
  // written on (bare, it is "between", and would end every object at it); تبين "it turned out" is
  // impersonal, so left out (between-is-no-cue checks the rest)
  // أبان "made clear" (وأبان فلان أن): only with its conjunction or in the feminine, since bare أبان is also a given name
  { id: 'abana', stance: 'assert', past: [], present: [], participle: [], nouns: [], forms: { verb: ['وأبان', 'فأبان', 'أبانت', 'وأبانت'] }, complements: ['an', 'quote'], continuation: true, homographs: ['إبان'] },
  { id: 'bayyana', stance: 'assert', past: [], present: [], participle: ['مبين'], nouns: [], forms: { verb: ['وبين', 'فبين', 'بينت', 'بينوا', 'يبين', 'يبينون'] }, complements: ['an'] },
  { id: 'ittafaqa', stance: 'assert', past: ['اتفق'], present: ['يتفق'], participle: ['متفق'], nouns: [], complements: ['ala'] },
  { id: 'tamanna', stance: 'express', past: [], present: [], participle: [], nouns: [], forms: { verb: ['تمنى', 'تمنت', 'يتمنى'], participle: ['متمنيا', 'متمنية'] }, complements: ['an', 'obj'] },
  // يأمل، أملت (to hope) في or أن: a view the holder states; not أمل, written as the noun (hope: آخر أمل في السلام),
  // nor آملا, which a reader of clitics finds in كاملا
  { id: 'amala', stance: 'express', past: [], present: [], participle: [], nouns: [], forms: { verb: ['أملت', 'يأمل', 'تأمل', 'يأملون', 'يأملان', 'تأملان'] }, complements: ['an', 'fi'] },
  { id: 'talaba2', stance: 'call', past: ['طلب'], present: ['يطلب'], participle: [], nouns: [], complements: ['min', 'an'] },
  { id: 'intaqada', stance: 'condemn', past: ['انتقد'], present: ['ينتقد'], participle: ['منتقد'], nouns: [], complements: ['obj'] },
  { id: 'ittahama', stance: 'condemn', past: ['اتهم'], present: ['يتهم'], participle: ['متهم'], nouns: [], complements: ['obj'] },
  { id: 'azza', stance: 'express', past: [], present: [], participle: [], nouns: [], forms: { participle: ['معزيا', 'معزية'] }, complements: ['obj'] },
  { id: 'afada', stance: 'inform', past: ['أفاد'], present: ['يفيد'], participle: ['مفيد'], nouns: [], complements: ['an', 'bi'] },
  { id: 'alana', stance: 'inform', past: ['أعلن'], present: ['يعلن'], participle: [], nouns: [], forms: { participle: ['معلنا'] }, complements: ['an', 'an_', 'obj'] },
  { id: 'kashafa', stance: 'inform', past: ['كشف'], present: ['يكشف'], participle: ['كاشف'], nouns: [], complements: ['an_', 'an'] },
  // Past tense only, with أن: يبلغ is mostly "amounts to" (يبلغ عدد السكان…), أبلغ X Y without أن is an act, not a claim.
  { id: 'ablagha', stance: 'inform', past: ['أبلغ'], present: [], participle: [], nouns: [], forms: { verb: ['أبلغه', 'أبلغها', 'أبلغهم', 'أبلغهما', 'أبلغته', 'أبلغتها', 'أبلغتهم', 'أبلغتهما'] }, complements: ['an'] },
  { id: 'raa', stance: 'assert', past: [], present: [], participle: [], nouns: [], forms: { verb: ['رأى', 'رأت', 'رأوا', 'يرى', 'ترى', 'يرون'] }, complements: ['an'] },
  { id: 'dajaa', stance: 'call', past: [], present: [], participle: [], nouns: ['دعوة'], forms: { verb: ['دعا', 'دعت', 'دعوا', 'دعيا', 'دعتا', 'يدعو', 'تدعو', 'يدعون', 'دعاه', 'دعاها', 'دعاهم', 'دعاهما', 'دعته', 'دعتها', 'دعتهم', 'دعتهما'], participle: ['داعيا', 'داعية', 'داعين', 'داعيين'] }, complements: ['ila'] },
  { id: 'talaba', stance: 'call', past: ['طالب'], present: ['يطالب'], participle: ['مطالب'], nouns: ['مطالبة'], forms: { verb: ['طالبها', 'طالبهم', 'طالبهما', 'طالبته', 'طالبتها', 'طالبتهم', 'طالبتهما'] }, complements: ['bi', 'an', 'obj'] },
  { id: 'nashada', stance: 'call', past: ['ناشد'], present: ['يناشد'], participle: ['مناشد'], nouns: [], forms: { verb: ['ناشده', 'ناشدها', 'ناشدهم', 'ناشدهما', 'ناشدته', 'ناشدتها', 'ناشدتهم', 'ناشدتهما'] }, complements: ['obj', 'an', 'bi'] },
  { id: 'hatha', stance: 'call', past: ['حث'], present: ['يحث'], participle: [], nouns: [], forms: { verb: ['حثه', 'حثها', 'حثهم', 'حثهما', 'حثته', 'حثتها', 'حثتهم', 'حثتهما'], participle: ['حاثا'] }, complements: ['obj', 'ala'] },
  { id: 'iqtaraha', stance: 'call', past: ['اقترح'], present: ['يقترح'], participle: ['مقترح'], nouns: [], complements: ['obj', 'an'] },
  { id: 'hadhdhara', stance: 'warn', past: ['حذر'], present: ['يحذر'], participle: ['محذر'], nouns: ['تحذير'], forms: { verb: ['حذرها', 'حذرهم', 'حذرهما', 'حذرته', 'حذرتها', 'حذرتهم', 'حذرتهما'] }, complements: ['min', 'an', 'obj'] },
  { id: 'rafada', stance: 'reject', past: ['رفض'], present: ['يرفض'], participle: ['رافض'], nouns: [], complements: ['obj', 'an'] },
  { id: 'nafa', stance: 'deny', past: [], present: [], participle: [], nouns: [], forms: { verb: ['نفى', 'نفت', 'نفوا', 'ينفي', 'تنفي'], participle: ['نافيا', 'نافية'] }, complements: ['an', 'obj'] },
  { id: 'adana', stance: 'condemn', past: ['أدان'], present: ['يدين'], participle: [], nouns: ['إدانة'], forms: { verb: ['دانت', 'دانوا'] }, complements: ['obj'] },
  { id: 'istankara', stance: 'condemn', past: ['استنكر'], present: ['يستنكر'], participle: ['مستنكر'], nouns: [], complements: ['obj'] },
  { id: 'naddada', stance: 'condemn', past: ['ندد'], present: ['يندد'], participle: ['مندد'], nouns: [], complements: ['bi'] },
  { id: 'shajaba', stance: 'condemn', past: ['شجب'], present: ['يشجب'], participle: [], nouns: [], complements: ['obj'] },
  { id: 'rahhaba', stance: 'welcome', past: ['رحب'], present: ['يرحب'], participle: ['مرحب'], nouns: ['ترحيب'], complements: ['bi'] },
  { id: 'thammana', stance: 'praise', past: ['ثمن'], present: ['يثمن'], participle: ['مثمن'], nouns: [], complements: ['obj'] },
  { id: 'ashada', stance: 'praise', past: ['أشاد'], present: ['يشيد'], participle: ['مشيد'], nouns: ['إشادة'], complements: ['bi'] },
  { id: 'athna', stance: 'praise', past: [], present: [], participle: [], nouns: [], forms: { verb: ['أثنى', 'أثنت', 'يثني'], participle: ['مثنيا'] }, complements: ['ala'] },
  { id: 'araba', stance: 'express', past: ['أعرب'], present: ['يعرب'], participle: ['معرب'], nouns: [], complements: ['an_'] },
  { id: 'abbara', stance: 'express', past: ['عبر'], present: ['يعبر'], participle: ['معبر'], nouns: [], complements: ['an_'] },
  { id: 'nabbaha', stance: 'warn', past: ['نبه'], present: ['ينبه'], participle: [], nouns: [], forms: { participle: ['منبها', 'منبهة'] }, complements: ['ila', 'an', 'ala'] },
  // agreeing to a proposal or a demand is a commitment (وافق الطرفان على وقف إطلاق النار)
  // "ونقلت الوكالة عن الوزير أن…": words carried from a source, who holds them (gated: نقل is a cue only
  // with عن after it in its clause; rule words-carried-from reads the source)
  // "وحمّلت الحكومة المتمردين مسؤولية الهجوم": blame laid (not تحمّل, to bear it, the same letters)
  { id: 'hammala', stance: 'condemn', past: [], present: [], participle: [], nouns: [], forms: { verb: ['حمل', 'حملت', 'حملوا', 'حملا', 'يحمل', 'يحملون'], participle: ['محملا', 'محملة'] }, complements: ['obj'], gate: 'blame' },
  // "وبحسب الوزير فلان، فإن …": a source that opens the sentence, its words after فإن
  { id: 'hasaba', stance: 'assert', past: [], present: [], participle: [], nouns: [], forms: { noun: ['بحسب', 'حسب'] }, complements: ['fainna'], gate: 'according' },
  { id: 'naqala', stance: 'assert', past: ['نقل'], present: ['ينقل'], participle: [], nouns: [], complements: ['an', 'quote'], gate: 'source' },
  { id: 'waafaqa', stance: 'assert', past: ['وافق'], present: [], participle: [], nouns: [], complements: ['ala'] },
  { id: 'taahhada', stance: 'assert', past: ['تعهد'], present: ['يتعهد'], participle: ['متعهد'], nouns: [], complements: ['bi', 'an'] },
  // Past (and for قلل the participle) only: يقلل من / يتوقع أن are mostly impersonal ("من شأنه أن يقلل من…", "يُتوقع أن").
  { id: 'qallala', stance: 'assert', past: ['قلل'], present: [], participle: ['مقلل'], nouns: [], complements: ['min'] },
  // No participles for these three: متوقع، مرجح، مستبعد are mostly adjectives ("كانت متوقعة").
  { id: 'tawaqqaa', stance: 'assert', past: ['توقع'], present: [], participle: [], nouns: [], complements: ['an'] },
  { id: 'rajjaha', stance: 'assert', past: ['رجح'], present: ['يرجح'], participle: [], nouns: [], complements: ['an'] },
  { id: 'istabada', stance: 'deny', past: ['استبعد'], present: ['يستبعد'], participle: [], nouns: [], complements: ['an'] },
  { id: 'ahaba', stance: 'call', past: ['أهاب'], present: ['يهيب'], participle: ['مهيب'], nouns: [], complements: ['bi'] },
  { id: 'kataba', stance: 'assert', past: ['كتب'], present: [], participle: [], nouns: [], complements: ['an', 'quote'] },
  { id: 'hannaa', stance: 'praise', past: [], present: [], participle: [], nouns: [], forms: { verb: ['هنأ', 'هنأت', 'هنأوا', 'يهنئ'], participle: ['مهنئا', 'مهنئة'] }, complements: ['ala', 'bi'] },
  // "ينص الميثاق على…" (the past نص is also the noun "text", so only نصت).
  { id: 'nassa', stance: 'assert', past: [], present: [], participle: [], nouns: [], forms: { verb: ['ينص', 'تنص', 'نصت'] }, complements: ['ala', 'an'] },
  { id: 'aqarra', stance: 'assert', past: [], present: [], participle: [], nouns: [], forms: { verb: ['أقر', 'أقرت', 'يقر', 'تقر'] }, complements: ['bi', 'an'] },
  { id: 'iltazama', stance: 'assert', past: ['التزم'], present: ['يلتزم'], participle: [], nouns: [], complements: ['bi'] },
  { id: 'ishtarata', stance: 'call', past: ['اشترط'], present: ['يشترط'], participle: ['مشترط'], nouns: [], complements: ['an', 'obj'] },
  // "ووعد الوزير بتسريع إجراءات التوظيف": past only (يعد is mostly "is considered").
  { id: 'waada', stance: 'assert', past: ['وعد'], present: [], participle: [], nouns: [], complements: ['bi', 'an'] },
  // "يعتقد الوزير أن خطته تحظى بتأييد": a belief stated for someone.
  { id: 'itaqada', stance: 'assert', past: ['اعتقد'], present: ['يعتقد'], participle: [], nouns: [], complements: ['an'] },
  // "هددت كوريا الشمالية بإلغاء القمة"، "وهدد الرئيس بالانسحاب من الاتفاق" (no participle: مهدد is mostly "under threat")
  { id: 'haddada', stance: 'warn', past: ['هدد'], present: ['يهدد'], participle: [], nouns: [], complements: ['bi'] },
  { id: 'tawaada', stance: 'warn', past: ['توعد'], present: ['يتوعد'], participle: [], nouns: [], forms: { participle: ['متوعدا', 'متوعدة'] }, complements: ['bi'] },
  // "وتصر المملكة المتحدة على أن روسيا تقف وراء…" (no participle: مصر is Egypt)
  { id: 'asarra', stance: 'assert', past: [], present: [], participle: [], nouns: [], forms: { verb: ['أصر', 'أصرت', 'أصروا', 'يصر', 'تصر', 'يصرون'] }, complements: ['ala'] },
  { id: 'awsa', stance: 'call', past: [], present: [], participle: [], nouns: [], forms: { verb: ['أوصى', 'أوصت', 'أوصوا', 'يوصي', 'توصي'], participle: ['موصيا', 'موصية'] }, complements: ['bi'] },
  // Thanks, congratulations and condolences offered: "رفع الوزير أخلص التهاني…"، "ووجه كل الشكر
  // للجهات…"، "وتقدم المدير بالشكر…" (gated: رفع، قدم، وجه are cues only before such a phrase; نقل
  // conveys another's greetings, بعث sends a telegram: neither is here)
  { id: 'rafaa', stance: 'praise', past: ['رفع'], present: ['يرفع'], participle: ['رافع'], nouns: [], complements: ['thanks'], gate: 'thanks' },
  { id: 'wajjaha', stance: 'praise', past: ['وجه'], present: ['يوجه'], participle: ['موجه'], nouns: [], complements: ['thanks'], gate: 'thanks' },
  { id: 'qaddama', stance: 'praise', past: ['قدم'], present: ['يقدم'], participle: ['مقدم'], nouns: [], complements: ['thanks'], gate: 'thanks' },
  { id: 'taqaddama', stance: 'praise', past: ['تقدم'], present: ['يتقدم'], participle: ['متقدم'], nouns: [], complements: ['thanks'], gate: 'thanks' },
  { id: 'azja', stance: 'praise', past: [], present: [], participle: [], nouns: [], forms: { verb: ['أزجى', 'أزجت', 'يزجي', 'تزجي'], participle: ['مزجيا', 'مزجية'] }, complements: ['thanks'], gate: 'thanks' },
  { id: 'abda', stance: 'express', past: [], present: [], participle: [], nouns: [], forms: { verb: ['أبدى', 'أبدت', 'يبدي'], participle: ['مبديا', 'مبدية'] }, complements: ['obj'] },
];

/**
 * Attribution phrases that name who said something without being the cue verb itself. `via`
 * marks phrases whose complement names a reporter (spokesman, statement, agency), not a holder.
 */
export interface AttributionEntry {
  id: string;
  forms: string[];
  /** True where what follows is the source of the words (نقلا عن الوزير): it becomes the holder. */
  source: boolean;
}

/** بحسب / وفقا لـ / نقلا عن / حسبما صرح: a source named after a statement or inside a subject. */
export const ATTRIBUTIONS: readonly AttributionEntry[] = [
  { id: 'naqlan-an', forms: ['نقلا عن', 'نقلاً عن'], source: true },
  { id: 'bihasab', forms: ['بحسب', 'حسب', 'وفق', 'وفقا ل', 'وفقاً ل', 'طبقا ل'], source: true },
  { id: 'hasbama', forms: ['حسبما', 'وفقا لما', 'وفقاً لما', 'بحسب ما', 'طبقا لما', 'على حد تعبيره', 'على حد قوله', 'كما قال'], source: false },
];

/**
 * Words that mark a joint holder (الجانبان، الطرفان…): the position belongs to the meeting's sides.
 * Dual forms in both cases.
 */
export const JOINT_HOLDERS: readonly string[] = [
  'الجانبان', 'الجانبين', 'الطرفان', 'الطرفين', 'البلدان', 'البلدين', 'الوزيران', 'الوزيرين', 'الرئيسان', 'الرئيسين',
  'الزعيمان', 'الزعيمين', 'المسؤولان', 'المسؤولين', 'الوفدان', 'الوفدين', 'الجانب', 'الطرفين',
];

/**
 * Plural heads that name a closed group when a number or "the participants" follows them
 * (الزعماء الثلاثة، الدول الأربع، القادة المشاركون): a joint holder like الجانبان.
 */
export const JOINT_GROUPS: readonly string[] = ['الزعماء', 'القادة', 'الرؤساء', 'الوزراء', 'الأطراف', 'الدول', 'البلدان', 'الحكومات'];

/** Documents that report the words of their issuer: بيان، تصريح، وكالة (the holder is their issuer). */
export const REPORTING_NOUNS: readonly string[] = [
  'البيان', 'بيان', 'بيانا', 'البيان الختامي', 'البيان المشترك', 'بيان مشترك', 'التصريح', 'تصريح', 'تصريحات', 'التصريحات', 'الرسالة', 'رسالة', 'الوكالة', 'وكالة', 'التقرير', 'تقرير', 'الوثيقة', 'الإعلان', 'المذكرة',
];

/**
 * Heads of news outlets (جريدة "الخبر"، وكالة الأنباء…): an outlet reports what happened; what it
 * "writes" is not its position (the corpus README: the reporter is not the holder).
 */
export const OUTLET_HEADS: readonly string[] = ['جريدة', 'الجريدة', 'صحيفة', 'الصحيفة', 'قناة', 'القناة', 'مجلة', 'المجلة', 'إذاعة', 'الإذاعة', 'موقع', 'الموقع', 'تلفزيون', 'التلفزيون', 'وكالة الأنباء', 'وكالة أنباء'];

/**
 * Heads of things that state nothing themselves: a decision, an agreement, a step (القرار الأمريكي،
 * الاتفاق، الخطوة), a text or finding, a quantifier. "رفضت الدول القرار" makes القرار the object,
 * never the holder.
 */
export const NON_HOLDER_HEADS: readonly string[] = [
  'القرار', 'قرار', 'الاتفاق', 'اتفاق', 'الاتفاقية', 'المبادرة', 'الخطة', 'الخطوة', 'الحكم', 'الإجراء', 'القانون', 'المشروع',
  // texts and findings that state what they contain, not a view (تنص المادة، أظهرت الدراسة، كشفت النتائج)
  'المادة', 'الدستور', 'الدراسة', 'الدراسات', 'النتائج', 'المعلومات', 'التفاصيل', 'الورقة', 'الإحصائيات', 'الإحصاءات', 'الأرقام', 'البيانات',
  'المزيد',
  // words said, not a sayer: "كرر القول إن…"، "كررت العبارة الآتية: …"
  'القول', 'العبارة', 'الكلام', 'السؤال', 'الجملة', 'العبارات',
  // an intention, idea or decision of the sayer read as the subject: "أعلنت عزمها …"، "أعلن قراره …"،
  // "أضاف نية السعودية …"; an ordinal of a date (أول من أمس); one who says in general (يقول قائل)
  'نية', 'النية', 'عزم', 'العزم', 'عزمه', 'عزمها', 'عزمهم', 'قراره', 'قرارها', 'قرارهم', 'رغبته', 'رغبتها', 'رغبتهم',
  'فكرة', 'الفكرة', 'احتمال', 'الاحتمال', 'معلومات', 'جولة', 'الجولة', 'مشاركته', 'مشاركتها', 'أول', 'ثاني', 'قائل',
  // a verbal noun that is the object refused or proposed, read as a subject: "ترفض منح تأشيرة"، "يرفض وقف تسليح"
  'منح', 'رفع', 'وقف', 'السماح', 'زيادة', 'حظر', 'منع',
];
