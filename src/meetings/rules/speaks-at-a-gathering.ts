import { cueOfWord } from '../../lexicon/cueForms.js';
import type { Entity } from '../../entities/model.js';
import { peopleOf, type MeetingRule, type SentenceState } from '../model.js';
import { quoted } from './envoy-talks.js';
import { COMPLEMENTISERS, SELF_COMPLEMENTISERS } from './reporters-not-attendees.js';
import { AWAITED_GATHERING, fewSides, firstNamedAfter, keepOnePerUnmetPerson, placeIn, pushOneSided } from './shared.js';

/** The gathering as a noun, bare or with the article (normalised): a meeting or a summit, not an interview. */
const GATHERING = new Set(['اجتماع', 'الاجتماع', 'اجتماعات', 'الاجتماعات', 'قمه', 'القمه', 'اجتماعه', 'اجتماعها', 'لقائه', 'لقائها', 'لقاءه']);
/** Prepositions that put a speaker at it: في، خلال، أمام، لدى (وفي، وخلال where they open the sentence). */
const AT = new Set(['في', 'خلال', 'امام', 'لدي', 'لدى', 'وفي', 'وخلال']);
/** Words between the preposition and the gathering: its opening, close or sessions (في ختام قمة، خلال أعمال الاجتماع). */
const FRAME = new Set(['ختام', 'افتتاح', 'اعمال', 'مستهل', 'بدايه', 'نهايه', 'جلسه', 'جلسات', 'هامش', 'كلمته', 'كلمتها', 'كلمه']);
/** A speech given at the gathering (normalised): في كلمته، خلال خطاب له، في مداخلته. */
const SPEECH = new Set(['كلمته', 'كلمتها', 'كلمه', 'خطاب', 'خطابه', 'خطابها', 'مداخلته', 'مداخلتها', 'مداخله']);
/** What follows a bare speech noun to make it his: له، لها، ألقاها (خطاب له، كلمة ألقاها). */
const HIS = new Set(['له', 'لها', 'القاها', 'القتها']);
/** Verbs that place a statement (جاءت تصريحات فلان خلال الاجتماع، وأتت كلمة فلان في القمة), normalised, و before them or not. */
const CAME = /^و?(?:جاء|جاءت|اتت|اتي)$/u;
/** Statements as a noun, their speaker named right after them (تصريحات الوزير فلان). */
const STATEMENT = new Set(['تصريحات', 'تصريح', 'كلمه', 'حديث', 'خطاب', 'اقوال']);
/** The meeting is one with the press or a screen: a press conference, an interview, a broadcast. */
const PRESS = /^(?:ال)?(?:صحفي|صحافي|الصحفي|الصحافي|تلفزيوني|متلفز|اعلامي|اذاعي|افتراضي|عبر)$/u;
/** How far (characters) the reporting verb may stand before the preposition, the speaker between them. */
const SPAN = 120;
/** How many words after a gathering that opens the sentence its speaker's verb may stand (وفي ختام اجتماع … في بروكسل، قال …). */
const OPENING_REACH = 20;
/** How many words after the gathering its place may stand (في ختام اجتماع طارئ الخميس في القاهرة). */
const PLACE_AFTER = 10;
/** "المنعقد" after a comma: the place of the gathering follows (، المنعقد في الرياض). */
const HELD = new Set(['المنعقد', 'المنعقده', 'المقام', 'المقامه', 'الملتئم', 'الملتئمه']);
/** Words that open what the gathering is about: a place after them is its topic (لبحث الأوضاع في القدس). */
const TOPIC = new Set(['لبحث', 'لمناقشه', 'لدراسه', 'لمتابعه', 'حول', 'بشان', 'بخصوص', 'عن', 'الي', 'الى']);

/**
 * "وأكد رئيس الوزراء فلان خلال الاجتماع السنوي لحزبه …"، "قال الرئيس فلان في ختام قمة مجموعة السبع
 * في كندا": an official who speaks at a meeting or summit took part in it (corpus README: a summit
 * or meeting is an encounter), though the sentence names no other side. Only the subject of a
 * reporting verb, named between the verb and the gathering with no أن/إن between (what he reports
 * is not where he is) nor anyone else after him, the gathering right after في/خلال/أمام (past
 * ختام، أعمال، كلمته في، كلمة له أمام، خطاب له ب…), no press conference or interview, not quoted,
 * not told as planned or earlier, not one to come (القمة المقبلة). Also his statements as a noun
 * ("وجاءت تصريحات الوزير فلان خلال اجتماع …") and the gathering told first ("وخلال الاجتماع، قال
 * الوزير فلان …"). Its place stands a few words on, before its topic (or after "، المنعقد في").
 * One whose meetings are told elsewhere in the article is at them: the gathering is then no
 * meeting of its own.
 */
export const speaksAtAGathering: MeetingRule = {
  id: 'speaks-at-a-gathering',
  stage: 'meetings',
  summary: 'an official speaking at a meeting or summit (قال الوزير فلان خلال الاجتماع …) took part in it',
  example: 'وقال وزير الزراعة سامر الحديدي خلال اجتماع المجلس الوطني للمياه في عمان إن الخطة جاهزة.',
  sentence(st) {
    if (!fewSides(st)) return 'next';
    const { hit, index } = st;
    const people = peopleOf(st);
    if (people.length !== 1 || st.ids.length !== 1 || st.time !== null || !gatheringWord(st.doc.tokens[st.at0].text)) return 'next';
    const speaker = index.entities[people[0]];
    if (!speaker.roles.length || speaker.roleKind === 'spokesman' || quoted(st.doc.norm, st.s.start, hit!.start)) return 'next';
    const prep = prepositionBefore(st);
    if (prep < 0 || pressAfter(st) || awaited(st) || !(speaksBefore(st, speaker, prep) || speaksAfter(st, speaker, prep))) return 'next';
    const place = placeIn(st.a, st.after0, placeEnd(st));
    pushOneSided(st, this.id, speaker.id, hit!.cue.kind, place);
    return 'stop';
  },
  refine(a) {
    // one gathering per speaker, and none for one whose meetings the article tells
    keepOnePerUnmetPerson(a, this.id);
  },
};

/** The gathering's word: in GATHERING, or one of them with ب before it (خطاب له بالاجتماع), which prepositionBefore reads after a speech only. */
function gatheringWord(w: string): boolean {
  return GATHERING.has(w) || (w.startsWith('ب') && GATHERING.has(w.slice(1)));
}

/**
 * The token of في/خلال/أمام/لدى right before the gathering, or before ختام/أعمال/كلمته في that
 * precede it, or before a speech of his (في كلمة له أمام القمة، خلال خطاب له بالاجتماع); -1 if none.
 */
function prepositionBefore(st: SentenceState): number {
  const tokens = st.doc.tokens;
  let i = st.at0 - 1;
  if (i < st.from || !tokens[i + 1].joined) return -1;
  const w = (k: number): string => (k >= st.from ? tokens[k].text : '');
  if (!GATHERING.has(tokens[st.at0].text)) {
    // بالاجتماع: only as where a speech was given (خطاب له بالاجتماع، في كلمته بالقمة)
    if (HIS.has(w(i)) && SPEECH.has(w(i - 1))) i -= 2;
    else if (SPEECH.has(w(i))) i--;
    else return -1;
    return AT.has(w(i)) ? i : -1;
  }
  if (FRAME.has(tokens[i].text)) i--;
  else if (AT.has(tokens[i].text) && FRAME.has(tokens[i - 1]?.text ?? '')) i -= 2; // كلمته في الاجتماع
  else if (AT.has(w(i)) && HIS.has(w(i - 1)) && SPEECH.has(w(i - 2))) i -= 3; // كلمة له أمام القمة
  if (i >= st.from && FRAME.has(tokens[i].text)) i--; // كلمته في افتتاح القمة
  if (i >= st.from && AT.has(tokens[i].text)) return i;
  // على هامش
  return i >= st.from + 1 && tokens[i].text === 'علي' && tokens[i + 1]?.text === 'هامش' ? i : -1;
}

/**
 * Where the place of the gathering may end: a few words on, before any word that opens its topic
 * or a comma, but past "، المنعقد في" that places it (اجتماع وزراء الخارجية، المنعقد في الرياض).
 */
function placeEnd(st: SentenceState): number {
  const tokens = st.doc.tokens;
  let end = Math.min(st.to, st.after0 + PLACE_AFTER);
  for (let i = st.after0; i < end; i++) {
    if (TOPIC.has(tokens[i].text)) return i;
    if (tokens[i].joined) continue;
    if (!HELD.has(tokens[i].text)) return i;
    end = Math.min(st.to, i + 1 + PLACE_AFTER / 2);
  }
  return end;
}

/** The gathering is still to come: المقبلة، القادم in the words after it. */
function awaited(st: SentenceState): boolean {
  const tokens = st.doc.tokens;
  return tokens.slice(st.after0, Math.min(st.to, st.after0 + PLACE_AFTER)).some((t) => AWAITED_GATHERING.test(t.text));
}

/** A press conference or interview: صحفي، تلفزيوني، عبر الفيديو right after the gathering. */
function pressAfter(st: SentenceState): boolean {
  const tokens = st.doc.tokens;
  return tokens.slice(st.after0, Math.min(st.to, st.after0 + 2)).some((t) => t.joined && PRESS.test(t.text));
}

/**
 * The speaker is the subject of a reporting verb shortly before the preposition: the verb, then
 * his name, then the preposition, with no أن/إن or full stop between.
 */
function speaksBefore(st: SentenceState, speaker: Entity, prep: number): boolean {
  const tokens = st.doc.tokens;
  const at = tokens[prep].start;
  for (let i = prep - 1; i >= st.from && at - tokens[i].start <= SPAN; i--) {
    const t = tokens[i].text;
    if (COMPLEMENTISERS.has(t) || SELF_COMPLEMENTISERS.has(t)) return false;
    const form = cueOfWord(t);
    // جاءت تصريحات الوزير فلان خلال الاجتماع: the statement is the verb, its speaker named after it
    const came = STATEMENT.has(t) && i > st.from && CAME.test(tokens[i - 1].text);
    if ((form && form.kind === 'verb') || came) {
      const lo = tokens[i].end;
      const named = speaker.mentions.filter((m) => m.start >= lo && m.end <= at);
      if (!named.length) return false;
      // no one else named between him and the gathering ("أبلغ فلان … رسالة نقلها مون إلى كيم خلال قمة")
      const after = named[named.length - 1].end;
      return !st.inSentence.some((m) => m.entity !== speaker.id && m.start >= after && m.end <= at && st.index.entities[m.entity].kind === 'person');
    }
  }
  return false;
}

/**
 * "وخلال الاجتماع، قال الوزير فلان …"، "وفي كلمته أمام القمة، أكد الرئيس فلان …": the gathering
 * opens the sentence and the speaker is the subject of the first reporting verb after it (a few
 * words on, right after a comma and without و, no one but a country named between), named right after the verb
 * with no أن/إن or quotation before him.
 */
function speaksAfter(st: SentenceState, speaker: Entity, prep: number): boolean {
  const tokens = st.doc.tokens;
  if (prep !== st.from) return false;
  const end = Math.min(st.to, st.after0 + OPENING_REACH);
  let v = st.after0;
  while (v < end && cueOfWord(tokens[v].text)?.kind !== 'verb') v++;
  // the verb opens the main clause after the gathering's: a comma right before it, no و (وأعرب goes on with another subject)
  if (v >= end || /^[وف]/u.test(tokens[v].text) || !/[،,]\s*$/u.test(st.doc.norm.slice(tokens[v - 1].end, tokens[v].start))) return false;
  const lo = tokens[v].end;
  // no one named between the gathering and the verb ("وفي الاجتماع الذي عقده فلان، قال …")
  if (st.inSentence.some((m) => m.start >= st.hit!.end && m.end <= tokens[v].start && st.index.entities[m.entity].kind !== 'country')) return false;
  const first = firstNamedAfter(st, lo);
  if (!first || first.entity !== speaker.id || first.start - lo > SPAN) return false;
  return !/(?:^|\s)(?:ان|إن|بان|انه)(?:\s|$)|[:"«“]/u.test(st.doc.norm.slice(lo, first.start));
}
