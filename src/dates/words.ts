/**
 * The words of Arabic date expressions, as typed data. Forms are written as in text; `alternation`
 * normalises them the way the article is normalised (src/normalize: no harakat or tatweel, أ/إ/آ→ا,
 * ى→ي, ة→ه, Arabic-Indic digits → ASCII) and builds one regex alternation, longest form first.
 *
 * Sources: month names as used by Arab news agencies: the Egyptian/Gulf forms (يناير … ديسمبر, from
 * the Latin names), the Levantine and Iraqi forms (كانون الثاني … كانون الأول, from the Syriac
 * names), and the Maghrebi forms (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت in Algeria and Tunisia;
 * يوليوز، غشت، شتنبر، نونبر، دجنبر in Morocco). Hijri months in their usual spellings, with the
 * variants for the fourth and sixth months (ربيع الآخر/الثاني، جمادى الآخرة/الثانية).
 */
import { normalizeText } from '../normalize/index.js';

/** Gregorian month names, January first; each entry lists every form of that month. */
export const GREGORIAN_MONTHS: readonly (readonly string[])[] = [
  ['يناير', 'كانون الثاني', 'جانفي', 'ينار'],
  ['فبراير', 'شباط', 'فيفري', 'فبرير'],
  ['مارس', 'آذار'],
  ['أبريل', 'إبريل', 'نيسان', 'أفريل'],
  ['مايو', 'أيار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز'],
  ['أغسطس', 'آب', 'أوت', 'غشت'],
  ['سبتمبر', 'أيلول', 'شتنبر'],
  ['أكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني', 'نونبر'],
  ['ديسمبر', 'كانون الأول', 'دجنبر'],
];

/** Hijri month names, Muharram first. */
export const HIJRI_MONTHS: readonly (readonly string[])[] = [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الأول'],
  ['ربيع الآخر', 'ربيع الثاني'],
  ['جمادى الأولى', 'جمادى الأول'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
];

/** Weekday names, Sunday (0) first, as Date.getUTCDay counts. */
export const WEEKDAYS: readonly (readonly string[])[] = [['الأحد'], ['الاثنين', 'الإثنين'], ['الثلاثاء'], ['الأربعاء'], ['الخميس'], ['الجمعة'], ['السبت']];

/** Days relative to the reference, with their offset in days. */
export const RELATIVE_DAYS: readonly { forms: readonly string[]; offset: number }[] = [
  { forms: ['اليوم', 'الليلة', 'هذا اليوم'], offset: 0 },
  { forms: ['أمس', 'البارحة', 'يوم أمس', 'ليلة أمس'], offset: -1 },
  { forms: ['أول أمس', 'أول من أمس', 'أمس الأول'], offset: -2 },
  { forms: ['غدا', 'غداً', 'يوم غد'], offset: 1 },
  { forms: ['بعد غد'], offset: 2 },
];

/** Words that move a named day, week or month back, forward, or keep it current. */
export const QUALIFIERS = {
  past: ['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'السابق'],
  next: ['المقبل', 'المقبلة', 'القادم', 'القادمة'],
  current: ['الجاري', 'الحالي', 'الحالية', 'هذا'],
} as const;

/** Escape a string for a regex. */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Normalise a form the way the text is normalised. */
export function norm(s: string): string {
  return normalizeText(s);
}

/** One regex alternation of the normalised forms, longest first (so كانون الثاني wins over كانون). */
export function alternation(forms: readonly string[]): string {
  return [...new Set(forms.map(norm))].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** Normalised form → index in a table of forms (month number − 1, weekday, …). */
export function indexOfForms(table: readonly (readonly string[])[]): Map<string, number> {
  const map = new Map<string, number>();
  table.forEach((forms, i) => forms.forEach((f) => map.set(norm(f), i)));
  return map;
}
