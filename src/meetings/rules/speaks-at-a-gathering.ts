import { cueOfWord } from '../../lexicon/cueForms.js';
import type { Entity } from '../../entities/model.js';
import { peopleOf, type MeetingRule, type SentenceState } from '../model.js';
import { quoted } from './envoy-talks.js';
import { COMPLEMENTISERS, SELF_COMPLEMENTISERS } from './reporters-not-attendees.js';
import { AWAITED_GATHERING, fewSides, keepOnePerUnmetPerson, placeIn, pushOneSided } from './shared.js';

/** The gathering as a noun, bare or with the article (normalised): a meeting or a summit, not an interview. */
const GATHERING = new Set(['اجتماع', 'الاجتماع', 'اجتماعات', 'الاجتماعات', 'قمه', 'القمه', 'اجتماعه', 'اجتماعها', 'لقائه', 'لقائها', 'لقاءه']);
/** Prepositions that put a speaker at it: في، خلال، أمام، لدى. */
const AT = new Set(['في', 'خلال', 'امام', 'لدي', 'لدى']);
/** Words between the preposition and the gathering: its opening, close or sessions (في ختام قمة، خلال أعمال الاجتماع). */
const FRAME = new Set(['ختام', 'افتتاح', 'اعمال', 'مستهل', 'بدايه', 'نهايه', 'جلسه', 'جلسات', 'هامش', 'كلمته', 'كلمتها', 'كلمه']);
/** The meeting is one with the press or a screen: a press conference, an interview, a broadcast. */
const PRESS = /^(?:ال)?(?:صحفي|صحافي|الصحفي|الصحافي|تلفزيوني|متلفز|اعلامي|اذاعي|افتراضي|عبر)$/u;
/** How far (characters) the reporting verb may stand before the preposition, the speaker between them. */
const SPAN = 120;
/** How many words after the gathering its place may stand (في ختام اجتماع طارئ الخميس في القاهرة). */
const PLACE_AFTER = 10;
/** Words that open what the gathering is about: a place after them is its topic (لبحث الأوضاع في القدس). */
const TOPIC = new Set(['لبحث', 'لمناقشه', 'لدراسه', 'لمتابعه', 'حول', 'بشان', 'بخصوص', 'عن', 'الي', 'الى']);

/**
 * "وأكد رئيس الوزراء فلان خلال الاجتماع السنوي لحزبه …"، "قال الرئيس فلان في ختام قمة مجموعة السبع
 * في كندا": an official who speaks at a meeting or summit took part in it (corpus README: a summit
 * or meeting is an encounter), though the sentence names no other side. Only the subject of a
 * reporting verb, named between the verb and the gathering with no أن/إن between (what he reports
 * is not where he is) nor anyone else after him, the gathering right after في/خلال/أمام (past
 * ختام، أعمال، كلمته في), no press conference or interview, not quoted, not told as planned or
 * earlier, not one to come (القمة المقبلة). Its place stands a few words on, before its topic. One whose meetings are
 * told elsewhere in the article is at them: the gathering is then no meeting of its own.
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
    if (people.length !== 1 || st.ids.length !== 1 || st.time !== null || !GATHERING.has(st.doc.tokens[st.at0].text)) return 'next';
    const speaker = index.entities[people[0]];
    if (!speaker.roles.length || speaker.roleKind === 'spokesman' || quoted(st.doc.norm, st.s.start, hit!.start)) return 'next';
    const prep = prepositionBefore(st);
    if (prep < 0 || pressAfter(st) || awaited(st) || !speaksBefore(st, speaker, prep)) return 'next';
    const place = placeIn(st.a, st.after0, placeEnd(st));
    pushOneSided(st, this.id, speaker.id, hit!.cue.kind, place);
    return 'stop';
  },
  refine(a) {
    // one gathering per speaker, and none for one whose meetings the article tells
    keepOnePerUnmetPerson(a, this.id);
  },
};

/** The token of في/خلال/أمام/لدى right before the gathering, or before ختام/أعمال/كلمته في that precede it; -1 if none. */
function prepositionBefore(st: SentenceState): number {
  const tokens = st.doc.tokens;
  let i = st.at0 - 1;
  if (i < st.from || !tokens[i + 1].joined) return -1;
  if (FRAME.has(tokens[i].text)) i--;
  else if (AT.has(tokens[i].text) && FRAME.has(tokens[i - 1]?.text ?? '')) i -= 2; // كلمته في الاجتماع
  if (i >= st.from && FRAME.has(tokens[i].text)) i--; // كلمته في افتتاح القمة
  if (i >= st.from && AT.has(tokens[i].text)) return i;
  // على هامش
  return i >= st.from + 1 && tokens[i].text === 'علي' && tokens[i + 1]?.text === 'هامش' ? i : -1;
}

/** Where the place of the gathering may end: a few words on, before any word that opens its topic. */
function placeEnd(st: SentenceState): number {
  const tokens = st.doc.tokens;
  const end = Math.min(st.to, st.after0 + PLACE_AFTER);
  for (let i = st.after0; i < end; i++) if (TOPIC.has(tokens[i].text) || !tokens[i].joined) return i;
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
    if (form && form.kind === 'verb') {
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
