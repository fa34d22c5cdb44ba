import type { MeetingKind } from '../types.js';

/** A word or phrase that reports an encounter, with the kind it signals. */
export interface MeetingCue {
  id: string;
  forms: string[];
  kind: MeetingKind;
  /** The subject of the cue receives the other side (استقبل): it is the host. */
  host?: boolean;
  /** The cue is ambiguous on its own (بحث = research, قمة = a football derby): it needs a partner word (مع) or two named sides. */
  weak?: boolean;
}

/**
 * Meeting cues as written in Arabic news, all persons and tenses that occur. Planned meetings
 * (سيلتقي) count when the article is about them (see corpus README).
 */
export const MEETING_CUES: readonly MeetingCue[] = [
  // استقبل الرئيس … الوزير
  { id: 'receive', kind: 'reception', host: true, forms: ['استقبل', 'استقبلت', 'يستقبل', 'تستقبل', 'سيستقبل', 'ستستقبل', 'استقبال', 'استقباله', 'استقبالها', 'لدى استقباله', 'استضاف', 'استضافت', 'يستضيف', 'تستضيف'] },
  // التقى الوزير نظيره…
  { id: 'meet', kind: 'meeting', forms: ['التقى', 'التقت', 'يلتقي', 'تلتقي', 'سيلتقي', 'ستلتقي', 'التقيا', 'التقوا', 'يلتقيان', 'لقاء', 'اللقاء', 'لقائه', 'لقائها', 'لقاءه', 'لقاءات', 'اللقاءات', 'لقاءً', 'اجتمع', 'اجتمعت', 'يجتمع', 'تجتمع', 'سيجتمع', 'اجتماع', 'الاجتماع', 'اجتماعا', 'اجتماعه', 'اجتماعات', 'الاجتماعات'] },
  // بحث الوزير مع نظيره / أجرى مباحثات
  { id: 'talks', kind: 'talks', forms: ['مباحثات', 'المباحثات', 'محادثات', 'المحادثات', 'مشاورات', 'المشاورات', 'مفاوضات', 'المفاوضات', 'جولة مباحثات', 'جلسة مباحثات', 'أجرى', 'أجرت', 'يجري', 'تجري', 'يجريان'] },
  { id: 'discuss', kind: 'talks', weak: true, forms: ['بحث', 'بحثت', 'يبحث', 'تبحث', 'سيبحث', 'ناقش', 'ناقشت', 'يناقش', 'تناول', 'استعرض', 'استعرضت', 'تباحث', 'تباحثا'] },
  // تلقى … اتصالا هاتفيا من
  { id: 'call', kind: 'call', forms: ['اتصال هاتفي', 'اتصالا هاتفيا', 'الاتصال الهاتفي', 'اتصالاً هاتفياً', 'مكالمة هاتفية', 'المكالمة الهاتفية', 'اتصالا', 'اتصل', 'اتصلت', 'هاتف', 'هاتفيا', 'اتصال مرئي', 'عبر الفيديو', 'تقنية الاتصال المرئي'] },
  { id: 'summit', kind: 'summit', weak: true, forms: ['قمة', 'القمة', 'قمته', 'القمة الثلاثية', 'قمة ثلاثية'] },
  // زار الوزير القاهرة / في زيارة
  { id: 'visit', kind: 'visit', forms: ['زيارة', 'الزيارة', 'زيارته', 'زيارتها', 'زار', 'زارت', 'يزور', 'تزور', 'سيزور', 'وصل', 'وصلت', 'يصل', 'يصل إلى'] },
  { id: 'conference', kind: 'conference', forms: ['مؤتمر صحفي مشترك', 'مؤتمرا صحفيا مشتركا', 'المؤتمر الصحفي المشترك', 'مؤتمر صحافي مشترك', 'مؤتمرا صحافيا مشتركا'] },
  // اجتماعا غير معلن جمع الثلاثاء …
  { id: 'gather', kind: 'meeting', weak: true, forms: ['جمع', 'جمعت', 'يجمع', 'تجمع', 'بحضور', 'حضره', 'حضرها', 'حضر', 'شارك', 'يشارك', 'للمشاركة', 'المشاركة'] },
];
