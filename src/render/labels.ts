import type { MeetingKind, ResolutionBody, Stance } from '../types.js';

/** Languages of table headings and labels; the values extracted from the article stay as written. */
export type Lang = 'ar' | 'en';

/** Headings and column labels of the table output. */
export const LABELS = {
  en: {
    meetings: 'Meetings', participants: 'Participants', positions: 'Positions', resolutions: 'Resolutions',
    who: 'Who', where: 'Where', when: 'When', kind: 'Kind', host: 'host',
    name: 'Name', role: 'Role', affiliation: 'Affiliation',
    holder: 'Holder', cue: 'Cue', stance: 'Stance', statement: 'Statement',
    body: 'Body', number: 'Number', year: 'Year', mentions: 'Cited', resolution: 'Resolution',
    none: '(none found)', unknown: '(unknown)',
    at: 'At', via: 'Via', subject: 'Subject', number_sign: '#',
    received: 'received', with: 'with', and: 'and', more: 'more', mentionsShort: 'cited',
    nothing: 'No meeting, position or resolution found.',
    elided: 'more holders', seeTable: 'all of them: --format table',
  },
  ar: {
    meetings: 'اللقاءات', participants: 'المشاركون', positions: 'المواقف', resolutions: 'القرارات',
    who: 'الأطراف', where: 'المكان', when: 'الزمان', kind: 'النوع', host: 'المضيف',
    name: 'الاسم', role: 'الصفة', affiliation: 'الجهة',
    holder: 'صاحب الموقف', cue: 'الفعل', stance: 'نوع الموقف', statement: 'نص الموقف',
    body: 'الجهة المصدرة', number: 'الرقم', year: 'السنة', mentions: 'مرات الذكر', resolution: 'القرار',
    none: '(لا شيء)', unknown: '(غير معروف)',
    at: 'في اللقاء', via: 'عبر', subject: 'الموضوع', number_sign: '#',
    received: 'يستقبل', with: 'مع', and: 'و', more: 'أخرى', mentionsShort: 'مرات الذكر',
    nothing: 'لم يُعثر على لقاء أو موقف أو قرار.',
    elided: 'من أصحاب المواقف أيضاً', seeTable: 'كلها: --format table',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export const MEETING_KIND: Record<Lang, Record<MeetingKind, string>> = {
  en: { meeting: 'meeting', talks: 'talks', reception: 'reception', visit: 'visit', call: 'call', summit: 'summit', conference: 'conference' },
  ar: { meeting: 'لقاء', talks: 'مباحثات', reception: 'استقبال', visit: 'زيارة', call: 'اتصال', summit: 'قمة', conference: 'مؤتمر' },
};

export const STANCE: Record<Lang, Record<Stance, string>> = {
  en: { assert: 'assert', call: 'call for', warn: 'warn', reject: 'reject', condemn: 'condemn', welcome: 'welcome', praise: 'praise', inform: 'inform', deny: 'deny', express: 'express' },
  ar: { assert: 'تأكيد', call: 'دعوة', warn: 'تحذير', reject: 'رفض', condemn: 'إدانة', welcome: 'ترحيب', praise: 'إشادة', inform: 'إفادة', deny: 'نفي', express: 'تعبير' },
};

export const BODY: Record<Lang, Record<ResolutionBody, string>> = {
  en: { UNSC: 'UN Security Council', UNGA: 'UN General Assembly', UNHRC: 'UN Human Rights Council', ARAB_LEAGUE: 'Arab League', OTHER: 'other' },
  ar: { UNSC: 'مجلس الأمن', UNGA: 'الجمعية العامة', UNHRC: 'مجلس حقوق الإنسان', ARAB_LEAGUE: 'جامعة الدول العربية', OTHER: 'أخرى' },
};

const regionNames: Partial<Record<Lang, Intl.DisplayNames>> = {};

// Where ICU's region name is not the one Arabic news uses for the state (ICU: "Palestinian Territories").
const COUNTRY_NAME_OVERRIDES: Record<string, Record<Lang, string>> = {
  PS: { en: 'Palestine', ar: 'فلسطين' },
};

/**
 * ICU's region names as the node that built the bundle gave them (esbuild.config.mjs defines the
 * constant): the code of every region of two capital letters that has a name other than its code,
 * by language, with the versions of ICU and CLDR that named them. Absent when the sources run as
 * they are (tests, tsc's dist). Making an Intl.DisplayNames costs a cold start some 30 ms (ICU
 * loads its locale data), which a table of a few countries need not pay.
 */
declare const __KHULASA_REGION_NAMES__: string | undefined;
interface BuiltNames {
  icu?: string;
  cldr?: string;
  names: Partial<Record<Lang, Record<string, string>>>;
}
let builtNames: BuiltNames | null | undefined;

/**
 * The name countryName gives `code`, from the names the build read off this very ICU (null for a
 * code they do not name); undefined where they do not answer (no such names, another ICU or CLDR,
 * or a code not of two capital letters), and ICU must be asked.
 */
function builtName(code: string, lang: Lang): string | null | undefined {
  if (builtNames === undefined) {
    builtNames = null;
    if (typeof __KHULASA_REGION_NAMES__ === 'string') {
      const built = JSON.parse(__KHULASA_REGION_NAMES__) as BuiltNames;
      if (built.icu === process.versions.icu && built.cldr === process.versions.cldr) builtNames = built;
    }
  }
  const names = builtNames?.names[lang];
  if (!names || !/^[A-Z]{2}$/.test(code)) return undefined;
  return Object.hasOwn(names, code) ? names[code] : null;
}

/**
 * Every region code of two capital letters with ICU's name for it in each language, where that
 * is a name other than the code (what countryName would give): the build defines them for the
 * bundle (__KHULASA_REGION_NAMES__), as JSON.
 */
export function regionNamesJson(langs: readonly Lang[] = ['en', 'ar']): string {
  const names: Partial<Record<Lang, Record<string, string>>> = {};
  for (const lang of langs) {
    const display = new Intl.DisplayNames([lang], { type: 'region' });
    const list: Record<string, string> = {};
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        let name: string | undefined;
        try {
          name = display.of(code);
        } catch {
          continue;
        }
        if (name && name !== code) list[code] = name;
      }
    }
    names[lang] = list;
  }
  return JSON.stringify({ icu: process.versions.icu, cldr: process.versions.cldr, names });
}

/** The country's name from ICU in the chosen language (Node ships full ICU), or null. */
export function countryName(code: string, lang: Lang): string | null {
  const override = COUNTRY_NAME_OVERRIDES[code]?.[lang];
  if (override) return override;
  const built = builtName(code, lang);
  if (built !== undefined) return built;
  try {
    const name = (regionNames[lang] ??= new Intl.DisplayNames([lang], { type: 'region' })).of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}

/** "EG Egypt" / "EG مصر": the ISO code with the country's name. */
export function countryLabel(code: string, lang: Lang): string {
  const name = countryName(code, lang);
  return name ? `${code} ${name}` : code;
}
