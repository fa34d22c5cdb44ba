import { normalizeForm } from '../../normalize/index.js';
import type { PhraseHit } from '../../lexicon/phrases.js';
import type { MeetingCue } from '../../lexicon/meetingCues.js';
import type { RuleInfo } from '../../rules.js';
import type { SentenceState } from '../model.js';
import { skipSportsFixture } from './skip-sports-fixture.js';
import { MEETING_NOUNS } from '../../lexicon/meetingWords.js';

/** A rule that passes over a meeting cue standing in a phrase that reports no meeting. */
export interface CueFilter extends RuleInfo<string> {
  stage: 'meetings';
  /** True where the cue at token i (with its lexicon hit) is no meeting of this sentence. */
  rejects(st: SentenceState, i: number, hit: PhraseHit<MeetingCue>): boolean;
}

/** Demonstratives before a meeting noun: the meeting has been told already. */
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'بهذا', 'بهذه', 'لهذا', 'لهذه', 'وهذا', 'وهذه', 'بذلك', 'بتلك']);
/** Nouns for what a meeting produced, before a meeting told already: نتائج الاجتماع، مخرجات القمة. */
const OUTCOME_NOUNS = new Set(['نتايج', 'نتيجه', 'مخرجات', 'توصيات', 'محضر', 'قرارات', 'حصيله'].flatMap((w) => [w, 'و' + w, 'ب' + w, 'ل' + w]));

/** "الإعلان الصادر عن اجتماع وزراء …": a meeting cited as the source of a text, not reported. */
export const skipCitedSource: CueFilter = {
  id: 'skip-cited-source',
  stage: 'meetings',
  summary: 'a meeting named as the source of a text (الصادر عن اجتماع …) is not reported here',
  example: 'رحب الوزير سامر الحديدي ونظيره كمال الغربي بالإعلان الصادر عن اجتماع وزراء الخارجية العرب.',
  rejects(st, i) {
    const t = st.doc.tokens;
    return i >= 2 && t[i - 1].text === 'عن' && /^(?:ال)?صادر/.test(t[i - 2].text);
  },
};

/** "أعلم الرئيس بهذا اللقاء": a meeting already reported, referred to again. */
export const skipDemonstrativeReference: CueFilter = {
  id: 'skip-demonstrative-reference',
  stage: 'meetings',
  summary: 'a meeting noun after a demonstrative (هذا اللقاء) refers back to a meeting already told',
  example: 'وأشاد الوزير سامر الحديدي ونظيره كمال الغربي بهذا اللقاء.',
  rejects(st, i) {
    return i >= 1 && DEMONSTRATIVES.has(st.doc.tokens[i - 1].text);
  },
};

/** "ورفع توصيات الاجتماع الوزاري إلى القادة": the outcome of a meeting told already. */
export const skipMeetingOutcome: CueFilter = {
  id: 'skip-meeting-outcome',
  stage: 'meetings',
  summary: 'the outcome of a meeting (نتائج الاجتماع، توصيات القمة) is no new meeting',
  example: 'وعرض الوزير سامر الحديدي على رئيس الحكومة كمال الغربي نتائج الاجتماع الوزاري.',
  rejects(st, i, c) {
    const t = st.doc.tokens;
    return i >= 1 && OUTCOME_NOUNS.has(t[i - 1].text) && c.pre === '' && t[i].text.startsWith('ال');
  },
};

/**
 * Things a reception takes in that are no one met: aircraft and flights, applications, proposals,
 * complaints, calls, cases and patients, goods and aid, refugees and migrants taken in.
 */
const RECEIVED_THINGS = new Set(
  [
    'طائرة', 'طائرات', 'رحلة', 'رحلات', 'شحنة', 'شحنات', 'سفينة', 'سفن', 'قافلة', 'قوافل', 'طلبات', 'طلب', 'مقترحات', 'مقترحاتهم',
    'اقتراحات', 'ملاحظات', 'شكاوى', 'شكوى', 'بلاغات', 'استفسارات', 'مكالمات', 'اتصالات', 'حالات', 'حالة', 'مرضى', 'جرحى',
    'مصابين', 'عروض', 'ترشيحات', 'تبرعات', 'مساعدات', 'أوراق', 'ملفات', 'وثائق', 'لاجئين', 'نازحين', 'مهاجرين',
  ].flatMap((w) => [normalizeForm(w), normalizeForm('ال' + w)]),
);

/** "وكان في استقبال الطائرة عند وصولها …"، "استقبال طلبات الترشح": a reception of things, not of anyone. */
export const skipReceptionOfThings: CueFilter = {
  id: 'skip-reception-of-things',
  stage: 'meetings',
  summary: 'a reception of things (استقبال الطائرة، استقبال طلبات الترشح) is no meeting',
  example: 'وكان في استقبال الطائرة عند وصولها وكيل الإمارة سامر الحديدي ومدير المطار كمال الغربي.',
  rejects(st, i, c) {
    const t = st.doc.tokens;
    if (c.value.kind !== 'reception' || c.len !== 1 || !/^[وفبل]*(?:استقبال|استقبل|استقبلت|يستقبل|تستقبل)$/u.test(t[i].text)) return false;
    const next = t[i + 1];
    return !!next && next.joined && RECEIVED_THINGS.has(next.text);
  },
};

/** Nouns of amount or degree that "reach" a figure: وصل عددها إلى، وصلت نسبة المشاركة، وصل الأمر إلى حد. */
const AMOUNTS = new Set(
  ['عدد', 'عدده', 'عددها', 'عددهم', 'نسبة', 'نسبته', 'نسبتها', 'سعر', 'أسعار', 'قيمة', 'قيمته', 'قيمتها', 'حجم', 'حجمه', 'حجمها', 'معدل',
    'مستوى', 'إجمالي', 'مجموع', 'حصيلة', 'الأمر', 'الأمور', 'الحال', 'حد'].map(normalizeForm),
);

/** "التي وصل عددها إلى 200"، "وصلت نسبة النمو": an amount that reaches a figure is no one arriving. */
export const skipArrivalOfAmounts: CueFilter = {
  id: 'skip-arrival-of-amounts',
  stage: 'meetings',
  summary: 'an amount that reaches a figure (وصل عددها إلى، وصلت نسبة المشاركة) is no one arriving',
  example: 'وثمن الوزير سامر الحديدي جهود الوزير كمال الغربي في الفعاليات التي وصل عددها لأكثر من 200 فعالية.',
  rejects(st, i, c) {
    const t = st.doc.tokens;
    if (c.value.kind !== 'visit' || !/^[وف]?(?:وصل|وصلت|يصل|تصل)$/u.test(t[i].text)) return false;
    const next = t[i + c.len];
    return !!next && next.joined && AMOUNTS.has(next.text);
  },
};

/** "أجرى / يجري": the verbs of conducting, a meeting only with what they conduct (normalised). */
const CONDUCT = /^[وف]?(?:اجري|اجرت|اجريا|اجروا|يجري|تجري|يجريان|يجرون|تجريان)$/u;
/** What a meeting is conducted as (normalised, suffix dropped): talks, a meeting, a call, a visit, a round. */
const CONDUCTED = new Set(
  [...MEETING_NOUNS, 'اتصال', 'اتصالا', 'اتصالات', 'الاتصال', 'زيارة', 'زيارات', 'الزيارة', 'جولة', 'جولات', 'الجولة', 'مكالمة', 'مكالمات', 'لقاءات', 'مباحثات', 'محادثات', 'مشاورات', 'مفاوضات', 'حوارا', 'لقاء', 'لقاءا', 'حديثا', 'حديث', 'نقاشا', 'نقاشات', 'اجتماعا', 'اجتماعات', 'محادثة', 'مباحثة', 'مشاورة']
    .map(normalizeForm),
);
/** How many words after the verb what it conducts may stand (its subject and his titles come first: ويجري الوزير فلان في طهران محادثات). */
const CONDUCTED_REACH = 14;

/**
 * "ما يجري في الحديدة"، "يجري التحقيق معه"، "الانتخابات التي تجري في…": the verb of conducting is a
 * meeting only where what it conducts is one (أجرى محادثات، يجري لقاءاته، أجرت اتصالا).
 */
export const conductNeedsMeeting: CueFilter = {
  id: 'conduct-needs-meeting',
  stage: 'meetings',
  summary: 'أجرى / يجري is a meeting only when it conducts talks, a meeting, a call or a visit (not ما يجري، يجري التحقيق)',
  example: 'وأعرب الوزير سامر الحديدي والسفير كمال الغربي عن قلقهما مما يجري في المدينة.',
  rejects(st, i, c) {
    const t = st.doc.tokens;
    if (c.len !== 1 || !CONDUCT.test(t[i].text)) return false;
    for (let k = i + 1; k < Math.min(t.length, i + 1 + CONDUCTED_REACH) && t[k].start < st.s.end; k++) {
      const w = t[k].text;
      const bare = w.replace(/^(?:ال|[وب]ال)/u, '');
      if ([w, bare, 'ال' + bare].some((x) => CONDUCTED.has(x) || CONDUCTED.has(x.replace(/(?:ه|ها|هم|هما)$/u, '')) || CONDUCTED.has(x.replace(/(?:اته|اتها|اتهم|اتهما)$/u, 'ات')))) return false;
    }
    return true;
  },
};

/** Nouns of ties between peoples or states (normalised): العلاقات، الروابط، أواصر، الصداقة. */
const TIES = new Set(
  ['علاقات', 'العلاقات', 'روابط', 'الروابط', 'أواصر', 'الصداقة', 'الأخوة', 'التعاون', 'الشراكة', 'الصلات', 'صلات'].map(normalizeForm),
);
/** How many words before the relative pronoun the noun of ties may stand (العلاقات الأخوية والتاريخية التي تجمع). */
const TIES_REACH = 5;

/**
 * "علاقات الأخوة التي تجمع بين مصر والجزائر"، "الروابط التي تجمع الشعبين": ties that bind two
 * countries are no gathering of them.
 */
export const skipTiesThatBind: CueFilter = {
  id: 'skip-ties-that-bind',
  stage: 'meetings',
  summary: 'ties that bind (العلاقات التي تجمع بين البلدين) are no gathering of the two',
  example: 'التقى الرئيس سامر الحديدي أمس الوزير كمال الغربي. وقد أكد الرئيس الحديدي على عمق علاقات الأخوة والتعاون التي تجمع بين الأردن والمغرب.',
  rejects(st, i, c) {
    const t = st.doc.tokens;
    if (c.len !== 1 || !/^(?:تجمع|يجمع|جمعت|جمع)$/u.test(t[i].text) || i < 1 || !/^(?:التي|الذي)$/u.test(t[i - 1].text)) return false;
    for (let k = i - 2; k >= Math.max(0, i - 2 - TIES_REACH) && t[k].start >= st.s.start; k--) if (TIES.has(t[k].text)) return true;
    return false;
  },
};

/** The cue filters, in the order they are asked (any one rejecting is enough: the order does not matter). */
export const CUE_FILTERS: readonly CueFilter[] = [skipCitedSource, skipDemonstrativeReference, skipMeetingOutcome, skipReceptionOfThings, skipArrivalOfAmounts, conductNeedsMeeting, skipTiesThatBind, skipSportsFixture];
