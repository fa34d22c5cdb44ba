/**
 * Word lists the meeting rules read (typed data; forms as written, normalised where they are
 * compiled). General Arabic news vocabulary, not taken from any article.
 */

/**
 * Words of sport: an article or sentence that uses them speaks of matches ("اللقاء" is a game,
 * "قمة الأهلي والزمالك" a derby, "التقى الفريقان" a fixture), not of meetings.
 */
export const SPORT_WORDS: readonly string[] = [
  'دوري', 'الدوري', 'مباراة', 'المباراة', 'مباريات', 'المباريات', 'منتخب', 'المنتخب', 'ملعب', 'الملعب', 'استاد', 'لاعب', 'اللاعب',
  'لاعبي', 'لاعبين', 'اللاعبين', 'لاعبيه', 'مدرب', 'المدرب', 'كأس', 'الكأس', 'المونديال', 'الأندية', 'ركلة', 'ركلات', 'المرمى',
  'التعادل', 'بالتعادل', 'الفيفا', 'فيفا', 'هدفا', 'الشوط',
];

/** How many sport words make an article a sports article (its meeting nouns are fixtures). */
export const SPORTS_ARTICLE_WORDS = 5;

/** Nouns of a meeting as an event: what someone takes part in or attends (شارك في الاجتماع). */
export const MEETING_NOUNS: readonly string[] = [
  'اجتماع', 'الاجتماع', 'اجتماعات', 'الاجتماعات', 'لقاء', 'اللقاء', 'لقاءات', 'قمة', 'القمة', 'مؤتمر', 'المؤتمر', 'مباحثات', 'المباحثات',
  'محادثات', 'المحادثات', 'مشاورات', 'المشاورات', 'مفاوضات', 'المفاوضات', 'حوار', 'الحوار', 'ندوة', 'الندوة', 'منتدى', 'المنتدى',
  'جلسة', 'الجلسة', 'جلسات', 'اجتماعها', 'اجتماعه', 'دورة', 'الدورة', 'مراسم', 'حفل', 'الحفل', 'استقبال', 'الاستقبال', 'مأدبة', 'مأدبة',
];
