import { mentionsIn } from '../../entities/model.js';
import { cueOfWord } from '../../lexicon/cueForms.js';
import { mark } from '../../rules.js';
import type { Span } from '../../types.js';
import type { ArticleState, MeetingFound, MeetingRule, SentenceState } from '../model.js';
import { quoted } from './envoy-talks.js';
import { firstNamedAfter, isMeetingNoun } from './shared.js';

/** Openings that give the floor to the next speaker (normalised): من جهته، من جانبه، بدوره. */
const IN_TURN = /^و?(?:من (?:جهته|جهتها|جانبه|جانبها|ناحيته|ناحيتها)|بدوره|بدورها)$/u;
/** Rules whose meetings are gatherings a speaker took part in. */
const GATHERINGS = new Set(['speaks-at-a-gathering', 'chaired-gathering']);
/** Words that put the statement elsewhere: to the press, on air, in a post or a statement (لصحيفة، في مقابلة، عبر تويتر، في بيان). */
const ELSEWHERE = new RegExp(
  '(?:^|\\s)(?:لل?(?:صحيفه|جريده|وكاله|قناه|تلفزيون|اذاعه|موقع|صحفيين|صحافيين|صحفي|صحافي|اعلام|وسايل)|(?:في|خلال) (?:مقابله|حوار|حديث|بيان|تغريده|تدوينه|تصريحات|تصريح) ?(?:ل|مع|صحفي|صحافي|نشر|اصدر|صدر)?|ببيان|بيانا|عبر (?:تويتر|حسابه|حسابها|صفحته|صفحتها|موقع)|(?:الموتمر|موتمر|موتمرا) (?:ال)?(?:صحفي|صحافي)|تغريده|تغريدات)',
  'u',
);
/** How far (characters) after the verb the speaker may be named (his titles between). */
const NAME_REACH = 80;

/**
 * "من جهته قال وزير الخارجية فلان …"، "بدوره أكد الأمين العام فلان …"، "أما الوزير فلان فقال …"
 * after a sentence that put a speaker at a gathering (speaks-at-a-gathering, chaired-gathering):
 * the next speaker took the floor at the same gathering and joins it. Only a named official (a
 * role, not a spokesman) who is the subject of a reporting verb right after the opening, in a
 * sentence with no meeting word of its own (the gathering with the article aside) nor anything
 * that puts the statement elsewhere (a newspaper, an interview, a post, a statement, a call); and
 * only while the sentences since the gathering name no other meeting and no one outside it
 * (outside quotations).
 */
export const speakerInTurn: MeetingRule = {
  id: 'speaker-in-turn',
  stage: 'meetings',
  summary: 'the next speaker at a gathering (من جهته قال الوزير فلان …) took part in it',
  example: 'وجاءت تصريحات وزير الخارجية الأردني سامر الحديدي خلال اجتماع وزراء الخارجية العرب في القاهرة. من جهته قال وزير الخارجية التونسي كمال الغربي إن الحل سياسي.',
  sentence(st) {
    const last = st.a.out.at(-1);
    if (!last || !GATHERINGS.has(last.rules[0]) || last.planned) return 'next';
    const speaker = speakerAfterOpening(st);
    if (speaker < 0 || ELSEWHERE.test(st.text) || meetingWordIn(st.a, { start: st.s.start, end: st.s.end })) return 'next';
    if (!stillAtGathering(st, last)) return 'next';
    if (!last.participants.includes(speaker)) {
      last.participants.push(speaker);
      mark(last.rules, this.id);
    }
    last.spokenUntil = st.s.end;
    return 'stop';
  },
};

/** The entity id of the official named as the subject of the verb after من جهته، بدوره … or in أما فلان فقال; -1 if none. */
function speakerAfterOpening(st: SentenceState): number {
  const tokens = st.doc.tokens;
  let i = st.from;
  const two = i + 1 < st.to ? `${tokens[i].text} ${tokens[i + 1].text}` : '';
  let from: number;
  let to: number;
  if (IN_TURN.test(two) || (i < st.to && IN_TURN.test(tokens[i].text))) {
    i += IN_TURN.test(two) ? 2 : 1;
    const form = i < st.to ? cueOfWord(tokens[i].text) : undefined;
    if (!form || form.kind !== 'verb') return -1;
    from = tokens[i].end;
    to = from + NAME_REACH;
  } else if (i < st.to && /^و?اما$/u.test(tokens[i].text)) {
    // أما وزير الخارجية فلان فقال: the verb with ف right after his name
    from = tokens[i].end;
    let k = i + 1;
    while (k < st.to && tokens[k].start - from <= NAME_REACH && !(tokens[k].text.startsWith('ف') && cueOfWord(tokens[k].text)?.kind === 'verb')) k++;
    if (k >= st.to || tokens[k].start - from > NAME_REACH) return -1;
    to = tokens[k].start;
  } else return -1;
  // the first person or body after the opening (a country or body in his title aside)
  const m = firstNamedAfter(st, from);
  if (!m || m.end > to || st.index.entities[m.entity].kind !== 'person') return -1;
  // no word of a statement before his name: no complementiser, no colon or quotation mark
  if (/(?:^|\s)(?:ان|إن|بان|انه)(?:\s|$)|[:"«“]/u.test(st.doc.norm.slice(from, m.start))) return -1;
  const e = st.index.entities[m.entity];
  return e.roles.length && e.roleKind !== 'spokesman' ? e.id : -1;
}

/** A meeting word in the span other than the gathering with the article (الاجتماع، القمة) or a weak cue such as بحث. */
function meetingWordIn(a: ArticleState, span: Span): boolean {
  const { doc } = a;
  const tokens = doc.tokens;
  for (let i = tokenAtOrAfter(a, span.start); i < tokens.length && tokens[i].start < span.end; i++) {
    const c = doc.lex.meetingCues.match(i);
    if (c && (!c.value.weak || c.value.kind === 'summit') && !isMeetingNoun(doc.norm.slice(c.start, c.end))) return true;
  }
  return false;
}

/** The first token that starts at or after `at`. */
function tokenAtOrAfter(a: ArticleState, at: number): number {
  const tokens = a.doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The sentences since the last one that put a speaker at the gathering go on with it: no other
 * meeting word, no person named (outside quotations) who is at no gathering reported so far.
 */
function stillAtGathering(st: SentenceState, last: MeetingFound): boolean {
  const from = last.spokenUntil ?? last.span.end;
  if (from > st.s.start) return false;
  if (meetingWordIn(st.a, { start: from, end: st.s.start })) return false;
  const norm = st.doc.norm;
  // the people at the gatherings reported so far (the same gathering may be told in several of them)
  const atGathering = new Set(st.a.out.filter((m) => GATHERINGS.has(m.rules[0])).flatMap((m) => m.participants));
  for (const s of st.doc.sentences) {
    if (s.end <= from || s.start >= st.s.start) continue;
    for (const m of mentionsIn(st.index, s.start, s.end)) {
      const e = st.index.entities[m.entity];
      if (e.kind === 'person' && !atGathering.has(e.id) && !quoted(norm, s.start, m.start) && !inStraightQuotes(norm, s.start, m.start)) return false;
    }
  }
  return true;
}

/** The position `at` lies inside a quotation in straight marks ("…") opened after `from`. */
function inStraightQuotes(norm: string, from: number, at: number): boolean {
  let n = 0;
  for (let i = from; i < at; i++) if (norm.charCodeAt(i) === 34) n++;
  return n % 2 === 1;
}
