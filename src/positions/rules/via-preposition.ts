import type { PositionRule } from '../model.js';
import { wordAfterCue } from './shared.js';
import { normalizeForm } from '../../normalize/index.js';

/** Means and media "عبر" (via) introduces (normalised): عبر تويتر، عبر حسابه، عبر الهاتف، عبر وسائل الإعلام. */
const MEANS: ReadonlySet<string> = new Set(
  ['تويتر', 'فيسبوك', 'فيس', 'إنستغرام', 'انستغرام', 'انستجرام', 'يوتيوب', 'سناب', 'واتس', 'واتساب', 'تلغرام', 'تيليغرام', 'الإنترنت', 'الانترنت', 'الهاتف', 'هاتف', 'الهاتفي',
    'حساب', 'حسابه', 'حسابها', 'حسابهم', 'حسابات', 'صفحة', 'صفحته', 'صفحتها', 'موقع', 'موقعه', 'موقعها', 'مواقع', 'وسائل', 'وسائط', 'وسيلة', 'منصة', 'منصات', 'تطبيق',
    'قناة', 'قناته', 'القناة', 'شبكة', 'الشبكة', 'البريد', 'رسالة', 'رسائل', 'تغريدة', 'تغريدات', 'الفيديو', 'الفيديوكونفرانس', 'دائرة', 'الأقمار', 'الإذاعة', 'التلفزيون', 'بيان',
    'الحدود', 'المعبر', 'معبر', 'البحر', 'الطريق', 'طريق', 'الأراضي', 'أراضي', 'مطار', 'المطار', 'ميناء', 'جسر', 'الجسر', 'الممر', 'ممر', 'الخط', 'خط', 'العالم', 'التاريخ', 'العصور', 'السنين', 'السنوات',
    'اختيار', 'إطلاق', 'تقديم', 'تطوير', 'إنشاء', 'توفير', 'تعزيز', 'دعم', 'برنامج', 'برامج', 'مشروع', 'مشاريع', 'مبادرة', 'مبادرات', 'آلية', 'آليات', 'حملة', 'حملات', 'مسلسل', 'فيلم', 'كتاب', 'مقال', 'مقالة',
    'ودروس', 'ودروسا'].map(normalizeForm),
);

/** عن with a pronoun (normalised): عنه، عنها، عنهم. */
const ABOUT_IT: ReadonlySet<string> = new Set(['عنه', 'عنها', 'عنهم', 'عنهما']);

/**
 * "وقال الوزير عبر تويتر: «…»"، "أعلن الحزب عبر موقعه أن…"، "عبر اختيار الكفاءات": the spelling عبر
 * is also the preposition "via, across" (and the noun عِبَر, lessons). The verb عبّر states a view
 * only with عن (عبر الوزير عن قلقه): عبر before a means or medium, or with no عن, is no cue.
 */
export const viaPreposition: PositionRule = {
  id: 'via-preposition',
  stage: 'positions',
  summary: 'عبر before a means or medium (عبر تويتر، عبر الهاتف), or with no عن, is the preposition "via", not the verb عبّر',
  example: 'وكتب الوزير سامر الحديدي عبر حسابه على تويتر: "نحن ماضون في خطة الإصلاح مهما كانت الصعوبات والعقبات أمامنا".',
  cue(st) {
    if (st.form.entry.id !== 'abbara' || st.w !== 'عبر') return 'next';
    const next = wordAfterCue(st).word;
    // "كما عبر عنه فلان: «…»": عن with its pronoun right after the verb
    if (st.comp?.kind !== 'an_') return ABOUT_IT.has(next) ? 'next' : 'stop';
    return MEANS.has(next) || MEANS.has(next.replace(/^[وب]/u, '')) ? 'stop' : 'next';
  },
};
