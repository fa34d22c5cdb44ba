import type { Mention } from '../../entities/model.js';
import { peopleOf, type MeetingRule, type SentenceState } from '../model.js';
import { quoted } from './envoy-talks.js';
import { fewSides, placeIn, pushOneSided } from './shared.js';

/** Verbs of holding a meeting (normalised, و or ف before them or not): عقد، يعقد، ستعقد. */
const HOLD = /^[وف]?(?:عقد|عقدت|عقدوا|س?[يت]عقد|س?يعقدون)$/u;
/** Verbs of meeting with no partner named (normalised): اجتمع، تجتمع، سيجتمع. */
const MEET = /^[وف]?(?:اجتمع|اجتمعت|اجتمعوا|س?[يت]جتمع|س?يجتمعون)$/u;
/** The meeting held, as a noun after عقد (normalised): اجتماعا، جلسة، اجتماعها الأول، دورته. */
const HELD_NOUN = /^(?:ال)?(?:اجتماعا|اجتماع|اجتماعه|اجتماعها|اجتماعهم|اجتماعات|اجتماعاته|اجتماعاتها|جلسه|جلسته|جلستها|جلسات|دوره|دورته|دورتها)$/u;
/** The body's own meeting, named with a pronoun after خلال/في/عقب (خلال اجتماعهم في بروكسل). */
const OWN_MEETING = /^(?:اجتماعه|اجتماعها|اجتماعهم|اجتماعاتهم|اجتماعاتها|جلسته|جلستها|جلستهم)$/u;
/** The prepositions that put a verb's subject at its own meeting (normalised). */
const AT_OWN = new Set(['خلال', 'في', 'عقب', 'اثناء', 'بعد', 'لدي', 'لدى']);
/** Nouns for the members of a body that may stand between the verb and its name (أعضاء في الحكومة، وزراء خارجية الاتحاد). */
const MEMBERS = new Set(['اعضاء', 'وزراء', 'خارجيه', 'دفاع', 'ممثلو', 'ممثلي', 'قاده', 'نواب', 'مندوبو', 'رؤساء', 'روساء', 'في', 'من']);
/** How many words the subject's own meeting may stand after its name (يناقش الوزراء اليوم (الاثنين) خلال اجتماعهم). */
const OWN_REACH = 8;
/** How many words past the cue the meeting's place may stand (اجتماعا طارئا اليوم في القاهرة). */
const PLACE_AFTER = 10;
/** Words that open what the meeting is about or follows (normalised): its place is not after them. */
const TOPIC = new Set(['لبحث', 'لمناقشه', 'لدراسه', 'لمتابعه', 'لاجراء', 'حول', 'بشان', 'بخصوص', 'عن', 'الي', 'بعد', 'عقب', 'اثر', 'بسبب', 'وسط', 'علي', 'بطلب', 'بناء']);
/** How many words the verb of holding may stand before the meeting it holds (عقد أعضاء في الحكومة … للمرة الأولى منذ …، اجتماعا). */
const HOLD_REACH = 16;

/**
 * "يعقد المجلس الوطني اجتماعا اليوم"، "عقد أعضاء في الحكومة اجتماعا في عدن"، "المجلس الوطني يجتمع"،
 * "يناقش وزراء خارجية الاتحاد الأوروبي خلال اجتماعهم في بروكسل": a body holding its own meeting
 * took part in it (corpus README: a side named only as a body is that body), though no one else is
 * named. Only a body (or a government) that is the subject: right after the verb of holding or
 * meeting (its members' noun between them), or before يجتمع, or before its own meeting with a
 * pronoun; no person among the sentence's sides, not quoted, not told as earlier.
 */
export const bodyConvenes: MeetingRule = {
  id: 'body-convenes',
  stage: 'meetings',
  summary: 'a body that holds its own meeting (يعقد المجلس اجتماعا، المجلس يجتمع) took part in it',
  example: 'ويعقد المجلس الوطني الفلسطيني اليوم اجتماعا في رام الله لبحث الأوضاع.',
  sentence(st) {
    if (!fewSides(st)) return 'next';
    const { a, hit, index } = st;
    if (hit!.cue.kind !== 'meeting' || hit!.cue.weak || st.time === 'prior' || peopleOf(st).length) return 'next';
    if (quoted(st.doc.norm, st.s.start, hit!.start)) return 'next';
    const body = convener(st);
    if (!body) return 'next';
    const e = index.entities[body.entity];
    if (e.kind === 'person' || (e.kind === 'country' && !/^(?:ال)?حكوم/u.test(st.doc.norm.slice(body.start, body.end)))) return 'next';
    const place = placeIn(a, st.from, placeEnd(st));
    pushOneSided(st, this.id, e.id, 'meeting', place);
    return 'stop';
  },
};

/** The body the sentence tells holding its meeting, as its mention; undefined where none. */
function convener(st: SentenceState): Mention | undefined {
  const tokens = st.doc.tokens;
  const at = st.at0;
  const cue = tokens[at].text;
  const first = (from: number): Mention | undefined => {
    let i = from;
    while (i < st.to && MEMBERS.has(tokens[i].text) && tokens[i].joined) i++;
    return st.inSentence.find((m) => m.start === tokens[i]?.start);
  };
  // عقد المجلس … اجتماعا: the verb before the cue, the body right after the verb
  if (HELD_NOUN.test(cue)) {
    for (let v = at - 1; v >= Math.max(st.from, at - HOLD_REACH); v--) {
      if (HOLD.test(tokens[v].text)) {
        const m = first(v + 1);
        return m && m.end <= tokens[at].start ? m : undefined;
      }
    }
  }
  // اجتمع المجلس (no partner: fewSides) or المجلس يجتمع
  if (MEET.test(cue)) {
    const after = first(at + 1);
    if (after && tokens[at + 1]?.joined) return after;
    const before = st.inSentence.find((m) => at > 0 && m.end === tokens[at - 1].end && tokens[at].joined);
    if (before && before.start === tokens[st.from].start) return before;
  }
  // يناقش الوزراء … خلال اجتماعهم: the subject of the sentence's first verb, at its own meeting
  if (OWN_MEETING.test(cue) && at > st.from && AT_OWN.has(tokens[at - 1].text.replace(/^و/u, ''))) {
    const m = first(st.from + 1);
    if (m && m.end <= tokens[at - 1].start && at - 1 - tokenEndingAt(st, m.end) <= OWN_REACH) return m;
  }
  return undefined;
}

/**
 * Where the meeting's place may stand until: a few words past the cue, before what the meeting is
 * about or follows (لبحث، حول، بعد مقتل …): a place there is the topic's.
 */
function placeEnd(st: SentenceState): number {
  const end = Math.min(st.to, st.after0 + PLACE_AFTER);
  for (let i = st.after0; i < end; i++) if (TOPIC.has(st.doc.tokens[i].text.replace(/^و/u, ''))) return i;
  return end;
}

/** The index of the token ending at `end`, in the sentence (the last one before it where none ends there). */
function tokenEndingAt(st: SentenceState, end: number): number {
  let i = st.from;
  while (i + 1 < st.to && st.doc.tokens[i + 1].end <= end) i++;
  return i;
}
