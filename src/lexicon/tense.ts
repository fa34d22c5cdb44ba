/**
 * Words that place a meeting in time relative to the report: already long past (سبق أن التقى،
 * التقى من قبل) or only planned (من المقرر أن يلتقي، سيتوجه … حيث يلتقي). Typed data; the rules
 * that read them are in src/meetings/tense.ts. Forms as written; they are normalised at load.
 */

/** Words up to a few words before a cue that make it an earlier meeting: "ما سبق أن عرضه خلال لقائه". */
export const PRIOR_BEFORE: readonly string[] = ['سبق', 'سبقت', 'يسبق'];

/** Phrases right after a cue that make it an earlier meeting: "إذ التقى من قبل بأعضاء …". */
export const PRIOR_AFTER: readonly string[] = ['من قبل', 'في وقت سابق', 'سابقا', 'سابقاً', 'قبل سنوات', 'قبل أشهر', 'قبل عام', 'قبل عامين'];

/** Words before a cue, as the first word of a relative clause after it: "بعد لقاءات الرباط التي جرت". */
export const EARLIER_PREPOSITIONS: readonly string[] = ['بعد', 'عقب', 'إثر', 'منذ'];
/** Relative clauses that tell a meeting as done: التي جرت، الذي عقد. */
export const DONE_RELATIVES: readonly string[] = [
  'التي جرت', 'الذي جرى', 'التي عقدت', 'الذي عقد', 'التي انعقدت', 'الذي انعقد', 'التي أجريت', 'التي شهدتها', 'الذي شهدته',
];

/** Words up to a few words before a cue that make it a planned meeting: "ومن المقرر أن يصل …". */
export const PLANNED_BEFORE: readonly string[] = [
  'المقرر', 'المنتظر', 'المرتقب', 'المزمع', 'ترتيبات', 'يعتزم', 'تعتزم', 'ينتظر', 'تنتظر', 'سوف', 'للإعداد', 'الإعداد', 'للتحضير', 'التحضير',
  'سيذهب', 'سيتوجه', 'ستتوجه', 'سيصل', 'ستصل', 'سينتقل', 'سيلتقي', 'ستلتقي', 'سيجتمع', 'ستجتمع', 'سيزور', 'ستزور', 'سيستقبل', 'ستستقبل',
  'سيعقد', 'ستعقد', 'سيجري', 'ستجري', 'سيشارك', 'ستشارك', 'سيبحث', 'ستبحث', 'سيقوم', 'ستقوم',
];

/** Words right after a cue (up to three) that make it a planned meeting: "للاجتماع الثلاثي الذي سينعقد", "الاجتماع المقبل". */
export const PLANNED_AFTER: readonly string[] = [
  'المقرر', 'المقررة', 'المرتقب', 'المرتقبة', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'المزمع', 'المزمعة', 'المنتظر', 'المنتظرة',
  'ستنعقد', 'سينعقد', 'ستعقد', 'سيعقد', 'ستجري', 'سيجري',
];

/** Month names (Levantine, Egyptian/Gulf, Maghrebi) that, followed by الماضي, date a meeting long past. */
export const MONTH_NAMES: readonly string[] = [
  'يناير', 'كانون الثاني', 'جانفي', 'فبراير', 'شباط', 'فيفري', 'مارس', 'آذار', 'أبريل', 'إبريل', 'نيسان', 'أفريل', 'مايو', 'أيار', 'ماي',
  'يونيو', 'حزيران', 'جوان', 'يونيه', 'يوليو', 'تموز', 'جويلية', 'يوليه', 'أغسطس', 'آب', 'أوت', 'غشت', 'سبتمبر', 'أيلول', 'شتنبر',
  'أكتوبر', 'تشرين الأول', 'نوفمبر', 'تشرين الثاني', 'نونبر', 'ديسمبر', 'كانون الأول', 'دجنبر',
];

/** Words that say someone stayed away from a meeting: "وغاب رئيس موريتانيا عن القمة"، "عدم مشاركة". */
export const ABSENCE: readonly string[] = ['غاب', 'وغاب', 'غابت', 'وغابت', 'تغيب', 'وتغيب', 'تغيبت', 'غياب', 'قاطع', 'وقاطع', 'قاطعت', 'مقاطعة', 'يقاطع', 'امتنع', 'وامتنع', 'اعتذر', 'واعتذر'];
/** Phrases of absence: "عدم مشاركة"، "لم يشارك"، "لم يحضر". */
export const ABSENCE_PHRASES: readonly string[] = ['عدم مشاركة', 'عدم حضور', 'لم يشارك', 'لم تشارك', 'لم يحضر', 'لم تحضر'];
/** Verbs of standing for a country at a gathering: "ومثل الكويت مندوبها الدائم …", "وترأس وفد بلاده". */
export const REPRESENTS: readonly string[] = ['مثل', 'ومثل', 'مثلت', 'ومثلت', 'يمثل', 'ويمثل', 'ترأس', 'وترأس', 'ترأست', 'وترأست', 'استهل', 'افتتح', 'وافتتح', 'اختتم', 'واختتم'];
