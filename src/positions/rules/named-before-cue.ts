import { mark } from '../../rules.js';
import type { PositionRule } from '../model.js';
import { entityHolder, frontedPhraseEnd } from './shared.js';
import { tokenAt } from '../../segment/tokens.js';
import { sentenceAt } from '../../document.js';
import type { Mention } from '../../entities/model.js';

/**
 * A verb with no subject (وأضاف أن…) speaks for the person named last before it, when that person
 * was named after the current speaker spoke; "كمال الغربي يلتقي سامر الحديدي ويؤكد…": a verb joined
 * by و shares the subject of its sentence's first verb. A person named inside the last statement
 * is what was said, not a new speaker ("أعلن X دعمه لجهود الوزير Y… وأضاف"). A plural verb
 * (وقالوا، ويؤكدون) has a group for its subject: one of several people named before it, not one
 * named alone (the one the group wrote to). Not where the verb has a subject of its own that no
 * rule took for a holder (قالت وكالة الأنباء، ودعا البيان): that one spoke, not the person before.
 * Nor where the person is the voice (via) of the last holder: the body he speaks for goes on.
 */
/** A verb in the plural: past قالوا، أكدوا or present يقولون، يؤكدون (normalised). */
const PLURAL_VERB = /\S{2}(?:وا|ون)$/u;

export const namedBeforeCue: PositionRule = {
  id: 'named-before-cue',
  stage: 'positions',
  summary: 'a verb cue with no subject speaks for the person named last before it, if named after the current speaker spoke',
  example: 'واجتمع وزير النقل كمال الغربي أمس بسائقي الشاحنات في الميناء. وأضاف أن الطريق الجديد سيفتح الشهر المقبل.',
  cue(st) {
    const { entities, last } = st.a;
    if (st.holder || st.form.kind !== 'verb' || subjectAfter(st)) return 'next';
    let p = entities.lastPersonBefore(st.cueStart);
    if (p && last && p.start >= last.span.start && p.end <= last.span.end && !/^[\s،,]*$/.test(st.doc.norm.slice(p.end, st.hit.index))) p = undefined;
    if (p && /[وف]/.test(st.pre) && p.start >= st.sStart && !(last && last.sentence === st.si)) p = entities.firstPersonIn(st.sStart, st.cueStart) ?? p;
    if (!p || (last && (p.start <= last.at || objectOfLastSpeaker(st, p) || namedAfterLastStatement(st, p)))) return 'next';
    // "قال المتحدث باسم الخارجية فلان إن … وأوضح أن": the voice of the last holder goes on speaking for it
    if (last && last.holder.via !== null && entities.entities[p.entity]?.name === last.holder.via) return 'next';
    // "وعن لقائه بالوزير فلان، قال": one named in a fronted topic is no subject
    if (p.start >= st.sStart && p.end <= frontedPhraseEnd(st)) return 'next';
    // "ورد على سؤال عن لقائه المرتقب مع فلان، قال": one named right after مع or ضد in the verb's own sentence is its object
    if (p.start >= st.sStart && objectOfPreposition(st, p)) return 'next';
    // "وقالوا": a plural verb speaks for a group; one person named alone is not its subject
    if (PLURAL_VERB.test(st.w) && !severalPeople(st, last ? Math.max(last.span.end, p.start - GROUP_REACH) : p.start - GROUP_REACH)) return 'next';
    st.holder = entityHolder(st, p, 'entity');
    mark(st.trail, this.id);
    return 'next';
  },
};

/**
 * A person named between the last speaker's cue and his statement, in its clause, where that
 * speaker is a person: what he did or whom he met, not a new speaker ("وقال فلان الذي استقبله
 * الرئيس علان إن …. وتابع:"، "أكد فلان في محادثاته مع نظيره علان أن …"). (Where the last holder
 * is a body, one named there is mostly its voice: "وقالت الحكومة على لسان المتحدث فلان".)
 */
function objectOfLastSpeaker(st: Parameters<NonNullable<PositionRule['cue']>>[0], p: Mention): boolean {
  const { last, entities } = st.a;
  if (!last || last.holder.how !== 'entity' || p.end > last.span.start || last.sentence !== sentenceAt(st.doc, p.start)) return false;
  const speaker = entities.entities.find((e) => e.name === last.holder.name);
  return speaker !== undefined && speaker.kind === 'person' && speaker.id !== p.entity;
}

/**
 * A person named after the last speaker's statement, in a trailing clause of the same sentence,
 * where that speaker is a person: background to what he said ("وصرح فلان: «…»، وذلك عشية قمة بين
 * علان وزيد"), not a new speaker for the next verb with no subject.
 */
function namedAfterLastStatement(st: Parameters<NonNullable<PositionRule['cue']>>[0], p: Mention): boolean {
  const { last, entities } = st.a;
  if (!last || last.holder.how !== 'entity' || p.start < last.span.end || last.sentence !== sentenceAt(st.doc, p.start)) return false;
  const speaker = entities.entities.find((e) => e.name === last.holder.name);
  return speaker !== undefined && speaker.kind === 'person' && speaker.id !== p.entity;
}

/** Prepositions whose object a name after them is: مع فلان، ضد فلان. */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['مع', 'ضد']);

/** The person is named right after مع or ضد: the one met or opposed (لقائه مع فلان). */
function objectOfPreposition(st: Parameters<NonNullable<PositionRule['cue']>>[0], p: Mention): boolean {
  const tokens = st.doc.tokens;
  const k = tokenAt(tokens, p.start);
  return tokens[k]?.start === p.start && tokens[k].joined && k > 0 && OBJECT_PREPOSITIONS.has(tokens[k - 1].text);
}

/** How far back (characters) the people a plural verb speaks for may be named. */
const GROUP_REACH = 600;

/** Two people or more are named between `from` and the cue. */
function severalPeople(st: Parameters<NonNullable<PositionRule['cue']>>[0], from: number): boolean {
  const { mentions, entities } = st.a.entities;
  const seen = new Set<number>();
  // (from the first mention at `from` on, by binary search: not every mention of the article per cue)
  for (let k = st.a.entities.mentionFrom(from); k < mentions.length && mentions[k].start < st.cueStart; k++) {
    const m = mentions[k];
    if (m.end > st.cueStart) continue;
    if (entities[m.entity].kind === 'person') seen.add(m.entity);
    if (seen.size >= 2) return true;
  }
  return false;
}

/** Time words that may stand between a verb and its subject (قالت الاثنين وكالة …). */
const TIME_WORDS: ReadonlySet<string> = new Set(['امس', 'اليوم', 'السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'ايضا']);
/** Nouns of a statement or its source that stand as a verb's subject (ودعا البيان، وأورد التقرير). */
const SOURCE_NOUNS: ReadonlySet<string> = new Set(['البيان', 'بيان', 'التقرير', 'تقرير', 'وكاله', 'الوكاله', 'صحيفه', 'الصحيفه', 'مصادر', 'مصدر', 'المصدر', 'المصادر', 'الرساله', 'رساله', 'الوثيقه']);

/** The word after the verb (past time words) opens a body, country or source noun: the verb's own subject. */
function subjectAfter(st: Parameters<NonNullable<PositionRule['cue']>>[0]): boolean {
  const tokens = st.doc.tokens;
  let k = tokenAt(tokens, st.cueEnd);
  while (k < tokens.length && tokens[k].joined && TIME_WORDS.has(tokens[k].text)) k++;
  const t = tokens[k];
  if (!t?.joined) return false;
  if (SOURCE_NOUNS.has(t.text)) return true;
  const m = st.a.entities.firstMentionIn(t.start, t.end);
  return !!m && st.a.entities.entities[m.entity].kind !== 'person';
}
