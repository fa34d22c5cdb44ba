import type { HonorificEntry } from './types.js';

/**
 * Courtesy words written before a name and not part of it: فخامة الرئيس، معالي الوزير، سمو الأمير،
 * الدكتور فلان. Ranks (اللواء، الفريق) are titles, not honorifics: see titles.ts.
 *
 * Sources: Arab protocol usage for forms of address (فخامة for heads of state, دولة for Lebanese
 * and Jordanian prime ministers, معالي for ministers, سمو/صاحب السمو for princes and emirs, جلالة for
 * kings) and academic and professional prefixes, including the abbreviations kept as tokens (د.، م.).
 * `ambiguous` marks words that are also names or titles (الشيخ in Gulf royal names, المستشار).
 */
export const HONORIFICS: readonly HonorificEntry[] = [
  // Forms of address by office
  { forms: ['فخامة', 'فخامة الرئيس'] },
  { forms: ['دولة'], ambiguous: true }, // دولة رئيس الوزراء (Lebanon, Jordan); also "state"
  { forms: ['معالي', 'معالى'] },
  { forms: ['سعادة'] },
  { forms: ['عطوفة'] },
  { forms: ['سيادة'] },
  { forms: ['سمو', 'سموه', 'صاحب السمو', 'صاحب السمو الملكي', 'صاحبة السمو', 'صاحبة السمو الملكي', 'صاحب السمو الأمير', 'صاحب السمو الشيخ'] },
  { forms: ['جلالة', 'صاحب الجلالة', 'صاحبة الجلالة', 'جلالة الملك', 'جلالة السلطان', 'حضرة صاحب الجلالة'] },
  { forms: ['خادم الحرمين الشريفين'], ambiguous: true }, // also the Saudi king's title
  { forms: ['صاحب المعالي', 'صاحب الفخامة', 'صاحب السعادة', 'صاحب السيادة', 'صاحب الغبطة', 'صاحب القداسة'] },
  // Religious forms of address
  { forms: ['سماحة', 'سماحة الشيخ', 'سماحة السيد'] },
  { forms: ['فضيلة', 'فضيلة الشيخ', 'فضيلة الإمام الأكبر'] },
  { forms: ['قداسة', 'قداسة البابا', 'غبطة', 'غبطة البطريرك', 'نيافة', 'سيادة المطران'] },
  { forms: ['الشيخ', 'شيخ', 'الشيخة'], ambiguous: true }, // part of Gulf royal names: الشيخ تميم
  { forms: ['السيد', 'سيد'], ambiguous: true }, // also a given name and the Shiite title of descent
  { forms: ['الحاج', 'الحاجة', 'حاج'], ambiguous: true }, // also part of names: الحاج علي
  { forms: ['الإمام'], ambiguous: true },
  { forms: ['العلامة', 'العلّامة'] },
  // Courtesy and professional prefixes
  { forms: ['السيدة', 'السيدات', 'السادة', 'الآنسة'] },
  { forms: ['الدكتور', 'الدكتورة', 'دكتور', 'دكتورة', 'د.', 'أ.د.', 'أ.د', 'الأستاذ الدكتور', 'الأستاذة الدكتورة'] },
  { forms: ['المهندس', 'المهندسة', 'م.'] },
  { forms: ['الأستاذ', 'الأستاذة', 'أ.'] },
  { forms: ['البروفيسور', 'البروفسور', 'البروفيسورة', 'بروفيسور'] },
  { forms: ['المحامي', 'المحامية'], ambiguous: true }, // also a profession noun: المحامي عن المتهم
  { forms: ['المستشار', 'المستشارة'], ambiguous: true }, // also a title (adviser, chancellor, judge in Egypt)
  { forms: ['السير', 'اللورد', 'الليدي', 'البارونة'] },
  { forms: ['مستر', 'مسيو', 'مدام', 'السنيور'] },
];
