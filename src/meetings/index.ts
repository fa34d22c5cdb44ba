import type { Doc } from '../document.js';
import { mentionsIn, type Entity, type EntityIndex, type Mention } from '../entities/model.js';
import { bodySides } from './sides.js';
import { tokenAt, type Token } from '../segment/tokens.js';
import type { MeetingCue } from '../lexicon/meetingCues.js';
import type { MeetingFound } from './model.js';
import { findDate } from './when.js';
import { findPlace, visitedCountry } from './where.js';
import { normalizeForm } from '../normalize/index.js';
import type { Span } from '../types.js';
import { lowerBound } from '../segment/search.js';
import { cueOfWord } from '../lexicon/cueForms.js';
import { cueTime, longPast } from './tense.js';
import { summitAttendees, type SummitFrame } from './summit.js';

/** Attribution words: what follows them names who reports, not who met (حسبما صرح المتحدث). */
/** Words before a body's name that make it a side of the meeting. */
const SIDE_BEFORE = /(?:وفد|وفدا|ممثلي|ممثلين عن|قيادات|قياده|قاده|مسوولي|مسوولين)(?: من| عن)?\s*[وبل]?$/u;
const ATTRIBUTION = /(?:حسبما|بحسب|وفق|وفقا|نقلا عن|طبقا|كما قال|حسب)(?![\p{L}])/gu;

/**
 * Find the meetings, calls and visits the article reports: one per sentence holding a meeting cue
 * and at least two named sides (people, or a body beside a person); place and date from the same
 * sentence. Spokesmen and those named only in an attribution clause are not participants.
 */
export function findMeetings(doc: Doc, index: EntityIndex): MeetingFound[] {
  const tokens = doc.tokens;
  const out: MeetingFound[] = [];
  let pendingPlace: { place: Span; until: number } | null = null;
  const roleTokens = new Set<number>();
  // people, bodies, countries and titles are not places ("الأوضاع في سوريا" is a topic), but a
  // country that shares its name with its capital may be one: "في الجزائر العاصمة"، "في الكويت"
  const notCapital = index.mentions.filter((m) => index.entities[m.entity].kind !== 'country' || (doc.lex.cities.match(tokenAt(tokens, m.start))?.end ?? -1) < m.end);
  for (const m of [...notCapital, ...index.titleSpans]) for (let i = tokenAt(tokens, m.start); i < tokens.length && tokens[i].start < m.end; i++) roleTokens.add(i);
  let previous: { start: number; end: number } | null = null;
  let summit: SummitFrame | undefined;
  const visited = new Map<number, Span>();
  for (const s of doc.sentences) {
    const before = previous;
    previous = s;
    const from = tokenAt(tokens, s.start);
    const to = tokenAt(tokens, s.end);
    // "يذكر أن وفد الحركة ضم … كلا من X وY": the members join the meeting just reported
    if (out.length && MEMBERS.test(doc.norm.slice(s.start, s.end))) {
      join(out[out.length - 1], index, mentionsIn(index, s.start, s.end), 'person');
      continue;
    }
    // "وصوت المجلس الأعلى للدولة لصالح إرسال وفد إلى المحادثات": a body sending a delegation to
    // the talks just reported joins them
    if (out.length && SENDS_DELEGATION.test(doc.norm.slice(s.start, s.end))) {
      // (the talks held, not one only arranged since)
      const last = [...out].reverse().find((m) => !m.planned) ?? out[out.length - 1];
      const at = s.start + doc.norm.slice(s.start, s.end).search(SENDS_DELEGATION);
      join(last, index, mentionsIn(index, s.start, at), 'organization');
      continue;
    }
    const hit = firstCue(doc, from, to);
    if (!hit) continue;
    const text = doc.norm.slice(s.start, s.end);
    const recent = RECENT.test(text);
    // "وكان الوزير قد التقى …": background, told in the pluperfect, not the news being reported
    // ("وكان الجبير قد اجتمع أمس …" is still the news: a recent day keeps it)
    if (BACKGROUND.test(text.slice(0, 40)) && !recent) continue;
    const at0 = tokenAt(tokens, hit.start);
    const after0 = tokenAt(tokens, hit.end);
    // "المحادثات المقرر أن تجري اليوم": arranged for the report's own days, it is the news
    const time = recent ? null : cueTime(tokens, at0, after0, from);
    // "ما سبق أن طرحه الرئيس خلال لقائه …", "وكانت موسكو استهلت … في أبريل الماضي": long past
    // (a weekday dates the news: "استقبل الرئيس، الأربعاء، نظيره الذي زار البلاد العام الماضي")
    if ((time === 'prior' || (longPast(text) && !WEEKDAY.test(text))) && !recent) continue;
    // a second meeting told as done or arranged ends what this one's sentence says of it:
    // "زيارة الجبير لموسكو … بعد لقاءات الدوحة التي جرت … والتي شارك فيها …"
    const cut = recent ? Infinity : laterMeeting(doc, after0, to, from);
    const clause = attribution(doc.norm, s.start, s.end);
    const ids: number[] = [];
    const inSentence = mentionsIn(index, s.start, s.end);
    const sides = bodySides(doc.norm, s, index, inSentence, hit);
    const speakers = reportingSpeakers(tokens, from, to, hit, inSentence, index);
    for (const m of inSentence) {
      if (m.start >= clause.start && m.start < clause.end) continue;
      if (speakers.has(m.entity) || m.start >= cut) continue;
      const e = index.entities[m.entity];
      if (e.kind === 'person' && e.roleKind === 'spokesman') continue;
      // "ميليشيات الحوثي وصالح", "وقوات المخلوع صالح": a leader named for his forces is not at the table
      if (e.kind === 'person' && FORCES_OF.test(doc.norm.slice(Math.max(s.start, m.start - 40), m.start))) continue;
      if (e.kind !== 'person' && !sides.includes(e.id) && e.roleKind !== 'delegation') {
        if (e.kind !== 'organization') continue;
        // a body is a side only where the article says so: "وفد من حركة حماس", "التقى … قيادات الحوثيين"
        // … or through an official it does not name: "الأمين العام لحزب المؤتمر"
        // (met by someone: "رحب الأمين العام للأمم المتحدة بالمحادثات" is no side)
        const official = m.rule === 'official-of' && m.start > hit.start;
        if (!official && !SIDE_BEFORE.test(doc.norm.slice(Math.max(s.start, m.start - 16), m.start))) continue;
      }
      if (!ids.includes(e.id)) ids.push(e.id);
    }
    // "وخلال لقائه بالأمين العام …": the pronoun on the cue is the person last spoken of
    // ("… خاشقجي … إثر زيارته للقنصلية": one named before the cue is the one the pronoun means)
    if (ids.length === 1 && PRONOUN_CUES.has(stripClitic(doc.norm.slice(hit.start, hit.end))) && !index.entities[ids[0]].mentions.some((m) => m.start >= s.start && m.end <= hit.start)) {
      const prev = lastSpeakerBefore(index, s.start);
      if (prev !== undefined && prev !== ids[0]) ids.unshift(prev);
    }
    // "جاء ذلك في البيان الختامي للقمة التي جمعت الزعماء الثلاثة": the group is the people the
    // sentence before named together
    if (ids.length < 2 && before && GROUP_REFERENCE.test(doc.norm.slice(s.start, s.end))) {
      for (const id of peopleIn(index, before)) if (!ids.includes(id)) ids.push(id);
    }
    // "المجلس الوطني الفلسطيني يجتمع لأول مرة": a council or assembly meeting as a body
    const council = ids.length < 2 ? councilSession(doc.norm, index, inSentence, hit, s) : undefined;
    if (council !== undefined) {
      const date = findDate(doc.norm, s);
      out.push({
        participants: [council],
        host: null,
        kind: 'meeting',
        cue: { start: hit.start, end: hit.end },
        location: findPlace(doc, from, to, (i) => roleTokens.has(i)),
        date: date?.span ?? null,
        isoDate: date?.iso ?? null,
        span: { start: s.start, end: s.end },
        rule: 'council-session',
        sides: [council],
      });
      continue;
    }
    const people = ids.filter((id) => index.entities[id].kind === 'person');
    // "أكد الوزير المصري فلان أن الاجتماع يستهدف …": one person speaking of the meeting of listed
    // countries just reported, for one of them, is that country's side
    const listed = out[out.length - 1];
    if (people.length === 1 && ids.length === 1 && listed?.sides?.length && s.start - listed.span.end < 1200 && isMeetingNoun(doc.norm.slice(hit.start, hit.end))) {
      const p = index.entities[people[0]];
      const side = listed.participants.find((id) => index.entities[id].kind === 'country' && index.entities[id].country === p.country);
      if (side !== undefined && p.country) {
        listed.participants = listed.participants.map((id) => (id === side ? p.id : id));
        listed.sides = listed.sides.filter((id) => id !== side);
        continue;
      }
    }
    // "وافقت المملكة المغربية على دعوة المبعوث الشخصي … فلان للمشاركة في المائدة المستديرة": an
    // envoy in a meeting sentence with a side of the talks just reported mediates those talks
    if (people.length === 1 && index.entities[people[0]].roleKind === 'envoy' && listed?.sides?.length && s.start - listed.span.end < 600 && p1NotSide(index, people[0], listed)) {
      if (inSentence.some((m) => listed.sides!.includes(m.entity) && m.start < clause.start)) {
        listed.participants.push(people[0]);
        const date = listed.date ? null : findDate(doc.norm, s);
        if (date) {
          listed.date = date.span;
          listed.isoDate = date.iso;
        }
        continue;
      }
    }
    if ((people.length < 1 && sides.length < 2) || ids.length < 2) {
      // "اختتمت القمة العربية التي استضافتها مدينة الظهران …": a summit told with no one named
      // (the headline's "القمة العربية.." first, its place from the lead after)
      if (hit.cue.kind === 'summit' && !people.length && time === null && politicalSummit(doc, tokenAt(tokens, hit.end), index, text)) {
        const date = findDate(doc.norm, s);
        const location = findPlace(doc, from, to, (i) => roleTokens.has(i));
        if (!summit) summit = { sentence: { start: s.start, end: s.end }, cue: { start: hit.start, end: hit.end }, location, date: date?.span ?? null, isoDate: date?.iso ?? null };
        else {
          summit.location ??= location;
          if (!summit.date && date) {
            summit.date = date.span;
            summit.isoDate = date.iso;
          }
        }
      }
      // "استضافت القاهرة اليوم مباحثات …": a meeting sentence naming no sides gives its place
      // to the meeting reported next
      const place = findPlace(doc, from, to, (i) => roleTokens.has(i));
      // "أجرى المبعوث الأممي فلان مباحثات في صنعاء": a mediator's talks, whose other sides the
      // sentence does not name, are still talks held there
      // (not talks someone else speaks of in a quotation: "«نسمع عن بعض المشاورات …»")
      const near = place && findPlace(doc, Math.max(from, at0 - PLACE_REACH), Math.min(to, at0 + PLACE_REACH), (i) => roleTokens.has(i));
      // (nor talks an envoy speaks of: "قال المبعوث … إن المحادثات متعثرة": he must stand in the
      // cue's own clause, after any أن/إن before it)
      if (near && time === null && people.length === 1 && ids.length === 1 && hit.cue.kind === 'talks' && index.entities[people[0]].roleKind === 'envoy' && !quoted(doc.norm, s.start, hit.start) && inCueClause(tokens, from, at0, index.entities[people[0]])) {
        const date = findDate(doc.norm, s);
        out.push({ participants: [people[0]], host: null, kind: 'talks', cue: { start: hit.start, end: hit.end }, location: near, date: date?.span ?? null, isoDate: date?.iso ?? null, span: { start: s.start, end: s.end }, rule: 'envoy-talks' });
        continue;
      }
      // "قام الأمير فلان بزيارة رسمية إلى … لندن": where a visitor is, for his meetings that name no place
      if (place && hit.cue.kind === 'visit' && people.length === 1 && !visited.has(people[0])) visited.set(people[0], place);
      // … or to the meeting just reported, where that one named no place or date: "وزراء مياه مصر
      // والسودان وإثيوبيا يبحثون … تنطلق غدا الأربعاء اجتماعات اللجنة … في العاصمة السودانية الخرطوم"
      const last = out[out.length - 1];
      if (last && before && last.span.start === before.start && (!last.location || !last.date)) {
        const date = last.date ? null : findDate(doc.norm, s);
        if (!last.location && place && last.sides?.length) last.location = place;
        else if (place) pendingPlace = { place, until: s.end + 600 };
        if (date) {
          last.date = date.span;
          last.isoDate = date.iso;
        }
      } else if (place) pendingPlace = { place, until: s.end + 600 };
      continue;
    }
    // "أطلق الأمير فلان ورئيسة الوزراء البريطانية فلانة …": two of different sides named together
    // right after the verb; otherwise the verb says nothing of a meeting
    if (hit.cue.id === 'joint' && !actTogether(doc.norm, index, inSentence, hit)) continue;
    // a weak cue (بحضور، بحث) needs a partner word or two named sides: "وزراء خارجية تونس والجزائر
    // ومصر وبحضور رئيس الجمهورية"
    if (hit.cue.weak && !/(?<![\p{L}])مع(?![\p{L}])/u.test(doc.norm.slice(s.start, s.end)) && people.length < 2 && sides.length < 2) continue;
    // the place is told near the cue: "… الاجتماع الثلاثي الأخير في الدوحة" forty words on is
    // another meeting's place
    const at = tokenAt(tokens, hit.start);
    let place = findPlace(doc, Math.max(from, at - PLACE_REACH), Math.min(to, at + PLACE_REACH), (i) => roleTokens.has(i));
    if (!place && pendingPlace && s.start <= pendingPlace.until) place = pendingPlace.place;
    pendingPlace = null;
    place ??= visitedCountry(doc, from, to);
    const date = findDate(doc.norm, s);
    const after = ids.filter((id) => index.entities[id].mentions.some((m) => m.start >= hit.start && m.start < s.end));
    if (out.length > 5000) break; // a pathological input: enough meetings to report
    out.push({
      participants: ids,
      host: hit.cue.host && after.length ? after[0] : null,
      kind: hit.cue.kind,
      cue: { start: hit.start, end: hit.end },
      location: place,
      date: date?.span ?? null,
      isoDate: date?.iso ?? null,
      span: { start: s.start, end: s.end },
      rule: 'cue-sentence:' + hit.cue.id,
      sides,
      planned: time === 'planned',
    });
  }
  // "ومن المقرر أن يصل إلى موسكو وفد …" in an article that reports talks held: not the news
  // an article about a summit where no sentence names two of its sides: who took part in it
  if (!out.length && summit) {
    const m = summitAttendees(doc, index, summit);
    if (m) out.push(m);
  }
  for (const m of out) {
    if (m.location) continue;
    const v = m.participants.find((id) => visited.has(id));
    if (v !== undefined) m.location = visited.get(v)!;
  }
  const found = mergeSame(dropRepresented(dropPlanned(out, index, doc.norm), index), doc.norm);
  for (const m of found) hostOfSeat(doc, m, index);
  return found;
}

/**
 * The host of a reception held at a seat of government or a capital, whose own country was only
 * guessed, is of that country: "استقبل رئيس الجمهورية فلان … بقصر قرطاج".
 */
function hostOfSeat(doc: Doc, m: MeetingFound, index: EntityIndex): void {
  const tokens = doc.tokens;
  if (m.host === null || !m.location || m.kind !== 'reception') return;
  const host = index.entities[m.host];
  if (host.kind !== 'person' || !host.countryInferred) return;
  // the article's own tokens: tokenising the place anew would evict the article's cached tokens
  for (let i = tokenAt(tokens, m.location.start); i < tokens.length && tokens[i].start < m.location.end; i++) {
    const seat = doc.lex.capitals.match(i);
    if (seat) {
      host.country = seat.value.iso;
      return;
    }
  }
}

/**
 * Meetings only arranged are not the news where the article reports one held ("ومن المقرر أن يصل
 * إلى موسكو وفد …"), unless they are that one told ahead: an arranged meeting sharing a person with
 * a held one, at no other place, adds its people and place to it ("من المقرر أن يضم اجتماع باريس
 * حفتر ورئيس الوزراء فلان" beside "المحادثات … في باريس اليوم"; "سيتوجه إلى الرياض لمواصلة
 * مشاوراته" then "استقبل الرئيس …").
 */
function dropPlanned(ms: MeetingFound[], index: EntityIndex, norm: string): MeetingFound[] {
  const held = ms.filter((m) => !m.planned);
  if (!held.length) return ms;
  // (a pathological input with thousands of meetings: no pairing, which grows with their square)
  if (ms.length > 1000) return held;
  const place = (m: MeetingFound): string | null => (m.location ? norm.slice(m.location.start, m.location.end) : null);
  for (const p of ms) {
    if (!p.planned) continue;
    const people = p.participants.filter((id) => index.entities[id].kind === 'person');
    const same = held.find((m) => m.participants.some((id) => people.includes(id)) && (!m.location || !p.location || place(m) === place(p)));
    if (!same) continue;
    for (const id of people) if (!same.participants.includes(id)) same.participants.push(id);
    same.location ??= p.location;
  }
  return held;
}

/** Adjectives of a summit of states: القمة العربية، الخليجية، الثلاثية. */
const SUMMIT_ADJECTIVES = /^(?:ال)?(?:عربيه|خليجيه|اسلاميه|افريقيه|اوروبيه|ثلاثيه|رباعيه|خماسيه|اقليميه|دوليه|عالميه|طارييه|استثناييه|مغاربيه)$/u;
/** Words of sport: "قمة الأهلي والزمالك" is a match. */
const SPORT = /(?<![\p{L}])(?:[وبل]?(?:ال)?(?:دوري|مباراه|مباريات|منتخب|هدف|اهداف|ملعب|استاد|لاعب|لاعبي|لاعبيه|مدرب|بطوله|كاس))(?![\p{L}])/u;

/**
 * The summit cue ending before token `next` is one of states, not a derby: an adjective of states
 * (القمة العربية، الثلاثية), a city or body after it (قمة الظهران، قمة مجلس التعاون), and no words
 * of sport in its sentence.
 */
function politicalSummit(doc: Doc, next: number, index: EntityIndex, text: string): boolean {
  const tokens = doc.tokens;
  if (SPORT.test(text)) return false;
  const w = tokens[next];
  if (!w || !w.joined) return false;
  if (SUMMIT_ADJECTIVES.test(w.text) || doc.lex.cities.match(next)) return true;
  const m = index.firstMentionIn(w.start, w.end);
  return !!m && index.entities[m.entity].kind !== 'person';
}

/**
 * Where a later cue of the sentence [after, to) tells another meeting, done before or only
 * arranged: the start of that cue (normalised offset), else Infinity.
 */
function laterMeeting(doc: Doc, after: number, to: number, from: number): number {
  const tokens = doc.tokens;
  for (let i = after; i < to; i++) {
    const c = doc.lex.meetingCues.match(i);
    if (!c) continue;
    if (cueTime(tokens, i, i + c.len, from) !== null) return tokens[i].start;
    i += c.len - 1;
  }
  return Infinity;
}

/** Between two people named together: و and up to four title words (ورئيسة الوزراء البريطانية). */
const TOGETHER_GAP = /^\s*و[\p{L}]*(?:\s+[\p{L}]+){0,3}\s*$/u;

/**
 * The joint-action cue at `hit` has two people of different countries as its subject: the first
 * named within two words after it, the second right after, joined by و.
 */
function actTogether(norm: string, index: EntityIndex, mentions: Mention[], hit: Span): boolean {
  const people = mentions.filter((m) => m.start >= hit.end && index.entities[m.entity].kind === 'person');
  const [a, b] = people;
  if (!a || !b || a.entity === b.entity || a.start - hit.end > 25) return false;
  const ea = index.entities[a.entity];
  const eb = index.entities[b.entity];
  return TOGETHER_GAP.test(norm.slice(a.end, b.start)) && (!ea.country || !eb.country || ea.country !== eb.country);
}

/** The person is named in the cue's clause: after the last أن/إن before the cue token `at`, or in a sentence with none. */
function inCueClause(tokens: Token[], from: number, at: number, e: Entity): boolean {
  let open = from;
  for (let i = from; i < at; i++) if (COMPLEMENTISERS.has(tokens[i].text) || SELF_COMPLEMENTISERS.has(tokens[i].text)) open = i + 1;
  if (open === from) return true;
  const lo = tokens[open].start;
  const hi = tokens[at].start;
  return e.mentions.some((m) => m.start >= lo && m.start < hi);
}

/** The position `at` lies inside a quotation opened after `from` («…» or “…”). */
function quoted(norm: string, from: number, at: number): boolean {
  const text = norm.slice(from, at);
  const open = (text.match(/[«“]/gu) ?? []).length;
  const close = (text.match(/[»”]/gu) ?? []).length;
  return open > close;
}

/** Complementisers that open what is reported: أن، إن، بأن (normalised, bare). */
const COMPLEMENTISERS = new Set(['ان', 'بان']);
/** The same with a pronoun: the speaker is the subject of what he reports (إنه التقى …). */
const SELF_COMPLEMENTISERS = new Set(['انه', 'انها', 'اننا', 'انني', 'بانه', 'بانها', 'باننا']);
/** A cue in the first person: زيارتي، لقائي، التقيت، اجتمعنا (the third, لقائه، is PRONOUN_CUES). */
const FIRST_PERSON_CUE = /(?:تي|ئي|اي|تنا|ئنا|يت|نا)$/u;

/**
 * People who report a meeting rather than take part in it: the subject of a reporting verb whose
 * statement (after أن/إن) holds the meeting cue, "قال النائب فلان إن زيارة رئيس الوزراء …". Not
 * where the statement is about the speaker himself (إنه التقى، لقاءه، زيارتي).
 */
function reportingSpeakers(tokens: Token[], from: number, to: number, hit: Span, mentions: Mention[], index: EntityIndex): Set<number> {
  const out = new Set<number>();
  const at = tokenAt(tokens, hit.start);
  let verb = -1;
  for (let i = from; i < at && i < to; i++) {
    const t = tokens[i].text;
    const form = cueOfWord(t);
    if (form && form.kind === 'verb') verb = i;
    else if (verb >= 0 && (COMPLEMENTISERS.has(t) || SELF_COMPLEMENTISERS.has(t))) {
      if (SELF_COMPLEMENTISERS.has(t) || i - verb > 20) return out;
      // "إن اللقاء مع الأسد تمحور …": the meeting already told, which the speaker may have attended
      const cue = tokens[at].text;
      if (FIRST_PERSON_CUE.test(cue) || PRONOUN_CUES.has(stripClitic(cue)) || isMeetingNoun(cue)) return out;
      const lo = tokens[verb].end;
      const hi = tokens[i].start;
      for (const m of mentions) if (m.start >= lo && m.end <= hi && index.entities[m.entity].kind === 'person') out.add(m.entity);
      // one who is named again in his own statement is not merely reporting
      for (const m of mentions) if (m.start >= tokens[at].start && out.has(m.entity)) out.delete(m.entity);
      return out;
    }
  }
  return out;
}

/** Verbs of a body holding its own session: يجتمع، تعقد اجتماعها، اجتمع. */
const SESSION_CUES = new Set(['يجتمع', 'تجتمع', 'اجتمع', 'اجتمعت', 'يعقد', 'تعقد', 'عقد', 'عقدت'].map(normalizeForm));

/**
 * An organisation (not a country) that is the subject right before a session verb, first in its
 * sentence: "المجلس الوطني الفلسطيني يجتمع …". Returns its entity id.
 */
function councilSession(norm: string, index: EntityIndex, mentions: Mention[], cue: Span, sentence: Span): number | undefined {
  const first = mentions.find((m) => index.entities[m.entity].kind !== 'person');
  if (!first || index.entities[first.entity].kind !== 'organization') return undefined;
  if (!/^[\s«»"“”]*(?:و)?$/u.test(norm.slice(sentence.start, first.start))) return undefined;
  const between = norm.slice(first.end, cue.start);
  const verb = norm.slice(cue.start, cue.end);
  return /^\s*$/.test(between) && SESSION_CUES.has(verb) ? first.entity : undefined;
}

/** Nouns for someone's forces, followers or government, up to three words before the name (قوات صالح، حكومة الملكة إليزابيث). */
const FORCES_OF = /(?<![\p{L}])(?:[وبل]?(?:ال)?(?:قوات|ميليشيات|ميليشيا|مليشيات|مليشيا|اتباع|انصار|عناصر|مسلحي|مقاتلي|حزب|نظام))\s+(?:[\p{L}\p{M}"«»]+\s+){0,3}$|(?<![\p{L}])(?<!(?:رييس|رييسه|وزير|وزيره)\s)[وبل]?(?:ال)?(?:حكومه|اداره)\s+(?:[\p{L}]+\s+){1,2}$/u;

/** Words that date an event to the days of the report: أمس، اليوم، الليلة، غدا. */
const RECENT = /(?<![\p{L}])(?:امس|اليوم|الليله|غدا|مساء امس|صباح اليوم)(?![\p{L}])/u;
/** A day of the week, as meetings of the report's week are dated (الأربعاء، يوم الخميس). */
const WEEKDAY = /(?<![\p{L}])(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)(?![\p{L}])/u;
/** A person who is not already in the meeting and stands for none of its listed countries. */
function p1NotSide(index: EntityIndex, id: number, m: MeetingFound): boolean {
  const e = index.entities[id];
  return !m.participants.includes(id) && !m.participants.some((x) => index.entities[x].kind === 'country' && index.entities[x].country === e.country);
}

/** The cue is the meeting as a noun with the article (الاجتماع، اللقاء، المباحثات): one already known. */
function isMeetingNoun(cue: string): boolean {
  return /^(?:[وفبل]*)ال(?:اجتماع|اجتماعات|لقاء|مباحثات|محادثات|مفاوضات|قمه)$/u.test(cue);
}

/** How many words from its cue a meeting's place may stand. */
const PLACE_REACH = 25;

/** Demonstratives before a meeting noun: the meeting has been told already. */
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'بهذا', 'بهذه', 'لهذا', 'لهذه', 'وهذا', 'وهذه', 'بذلك', 'بتلك']);
/** Sending a delegation to the meeting already told: "إرسال وفد إلى المحادثات"، "سيرسل وفدا إلى الاجتماع". */
const SENDS_DELEGATION = /(?<![\p{L}])(?:[لب]?ارسال|يرسل|ترسل|سيرسل|سترسل|ارسل|ارسلت)\s+(?:وفد|وفدا)(?:\s+[\p{L}]+){0,2}\s+(?:الي|في)\s+(?:ال)(?:محادثات|مباحثات|مفاوضات|اجتماع|اجتماعات|قمه|موتمر|حوار)(?![\p{L}])/u;
/** Nouns for what a meeting produced, before a meeting told already: نتائج الاجتماع، مخرجات القمة. */
const OUTCOME_NOUNS = new Set(['نتايج', 'نتيجه', 'مخرجات', 'توصيات', 'محضر', 'قرارات', 'حصيله'].flatMap((w) => [w, 'و' + w, 'ب' + w, 'ل' + w]));
/** "وضم الوفد كلا من …": the members of a delegation just reported. */
const MEMBERS = /(?<![\p{L}])(?:و)?(?:ضم|يضم|تضم|ضمت)(?![\p{L}])[^.]*(?<![\p{L}])(?:كلا من|كل من)(?![\p{L}])/u;

/** A sentence opening in the pluperfect: وكان … قد، وكانت … قد. */
const BACKGROUND = /^[\s"«]*(?:و|ف)?(?:كان|كانت)(?![\p{L}])[^.،]{0,30}(?<![\p{L}])قد(?![\p{L}])/u;

/** Plural references to the people just named: الزعماء الثلاثة، الرئيسان، الوزيران، القادة. */
const GROUP_REFERENCE = /(?<![\p{L}])(?:ال)?(?:زعماء|قاده|روساء|وزراء)\s+(?:ال)?(?:ثلاثه|اربعه|خمسه)(?![\p{L}])|(?<![\p{L}])(?:الزعيمان|الزعيمين|الرييسان|الرييسين|الوزيران|الوزيرين)(?![\p{L}])/u;

/** Add to a meeting the entities of one kind that the mentions name (delegation members, a body sending one). */
function join(meeting: MeetingFound, index: EntityIndex, mentions: Mention[], kind: Entity['kind']): void {
  for (const m of mentions) {
    const e = index.entities[m.entity];
    if (e.kind === kind && !meeting.participants.includes(e.id)) meeting.participants.push(e.id);
  }
}

/** Distinct persons (not spokesmen) mentioned in a span. */
function peopleIn(index: EntityIndex, span: Span): number[] {
  const out: number[] = [];
  for (const m of mentionsIn(index, span.start, span.end)) {
    const e = index.entities[m.entity];
    if (e.kind === 'person' && e.roleKind !== 'spokesman' && !out.includes(e.id)) out.push(e.id);
  }
  return out;
}

/** Meeting nouns with a pronoun suffix: the one who met is named before (لقائه، استقباله، زيارتها). */
const PRONOUN_CUES = new Set(
  ['لقائه', 'لقاءه', 'لقائها', 'لقاءها', 'استقباله', 'استقبالها', 'لدى استقباله', 'لدى استقبالها', 'زيارته', 'زيارتها', 'اجتماعه', 'اجتماعها', 'اتصاله', 'اتصالها', 'مباحثاته', 'مباحثاتها', 'محادثاته', 'محادثاتها'].map(normalizeForm),
);

function stripClitic(phrase: string): string {
  return PRONOUN_CUES.has(phrase) ? phrase : phrase.replace(/^(?:و|ف)?(?:ب|ل)?/, '');
}

/** The last person mentioned before `pos` who is not a spokesman. */
function lastSpeakerBefore(index: EntityIndex, pos: number): number | undefined {
  const first = firstMentionFrom(index, pos);
  for (let k = first - 1; k >= 0 && k >= first - 200; k--) {
    const e = index.entities[index.mentions[k].entity];
    if (e.kind === 'person' && e.roleKind !== 'spokesman') return e.id;
  }
  return undefined;
}

/**
 * A country or body is a side of its own only where no named person stands for it: a delegation
 * with a named member is that member (وفد مصري برئاسة الوزير … → the minister).
 */
function dropRepresented(ms: MeetingFound[], index: EntityIndex): MeetingFound[] {
  const countries = new Set<string>();
  const orgs = new Set<string>();
  for (const m of ms)
    for (const id of m.participants) {
      const e = index.entities[id];
      if (e.kind !== 'person') continue;
      if (e.country) countries.add(e.country);
      if (e.organization) orgs.add(e.organization);
    }
  const represented = (e: Entity): boolean =>
    e.kind !== 'person' && ((e.country !== null && countries.has(e.country)) || (e.organization !== null && orgs.has(e.organization)));
  for (const m of ms)
    m.participants = m.participants.filter((id) => {
      const e = index.entities[id];
      if (e.kind === 'person' || e.roleKind === 'delegation' || m.sides?.includes(id)) return true;
      if (e.kind === 'country') return !(e.country && countries.has(e.country));
      return !((e.organization && orgs.has(e.organization)) || (e.kind === 'organization' && e.organization === null && e.country && countries.has(e.country)));
    });
  // a meeting left with one side says nothing about who met whom; one of listed countries that all
  // have their person in another meeting ("بحث البلدان …" after "التقى الوزير نظيره") is that meeting
  return ms.filter(
    (m) => (m.participants.length > 1 || m.rule === 'council-session' || m.rule === 'envoy-talks') && !(m.sides?.length && m.participants.every((id) => represented(index.entities[id]))),
  );
}

/** Index of the first mention starting at or after `pos` (mentions are sorted by start). */
function firstMentionFrom(index: EntityIndex, pos: number): number {
  return lowerBound(index.mentions, pos, (m) => m.start);
}

function firstCue(doc: Doc, from: number, to: number) {
  const tokens = doc.tokens;
  let weak: { start: number; end: number; cue: MeetingCue } | undefined;
  for (let i = from; i < to; i++) {
    const c = doc.lex.meetingCues.match(i);
    if (!c || !['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب'].includes(c.pre)) continue;
    // "الإعلان الصادر عن اجتماع وزراء …": a meeting cited as the source of a text, not reported
    if (i >= 2 && tokens[i - 1].text === 'عن' && /^(?:ال)?صادر/.test(tokens[i - 2].text)) continue;
    // "أعلم الرئيس بهذا اللقاء": a meeting already reported, referred to again
    if (i >= 1 && DEMONSTRATIVES.has(tokens[i - 1].text)) continue;
    // "ورفع نتائج الاجتماع الوزاري إلى الرؤساء": the outcome of a meeting told already
    if (i >= 1 && OUTCOME_NOUNS.has(tokens[i - 1].text) && c.pre === '' && tokens[i].text.startsWith('ال')) continue;
    if (!c.value.weak) return { start: c.start, end: c.end, cue: c.value };
    weak ??= { start: c.start, end: c.end, cue: c.value };
  }
  return weak;
}

/**
 * The attribution clause of a sentence, where one: from "حسبما/نقلا عن/وفق …" to the comma or the
 * "أن" that opens what is reported ("نقلا عن مصدر دبلوماسي، أن وزير الخارجية … سيعقد"), else to
 * the end of the sentence.
 */
function attribution(norm: string, start: number, end: number): Span {
  // Search a slice, not norm from `start`: a sentence without an attribution word would otherwise
  // scan on to the end of the article, making many sentences quadratic. The margin lets a match
  // that starts inside the sentence end, and its lookahead see, past it, as before.
  const text = norm.slice(start, end + 16);
  ATTRIBUTION.lastIndex = 0;
  const m = ATTRIBUTION.exec(text);
  if (!m || m.index >= end - start) return { start: end, end };
  CLAUSE_END.lastIndex = m.index + m[0].length;
  const c = CLAUSE_END.exec(text);
  return { start: start + m.index, end: c && c.index < end - start ? start + c.index : end };
}

/** What ends an attribution clause: a comma, or the complementiser that opens the report. */
const CLAUSE_END = /[،,؛]|(?<![\p{L}])(?:ان|بان|انه|بانه)(?![\p{L}])/gu;

/** Meetings of the same participants reported in several sentences become one (place/date kept from the first that has them). */
function mergeSame(ms: MeetingFound[], norm: string): MeetingFound[] {
  const out: MeetingFound[] = [];
  const text = (x: Span): string => norm.slice(x.start, x.end);
  for (const m of ms) {
    const key = [...m.participants].sort().join(',');
    const same = out.find((x) => [...x.participants].sort().join(',') === key);
    if (!same) {
      out.push(m);
      continue;
    }
    same.location ??= m.location;
    // the headline's "يلتقي" and the body's "استقبل" are one reception, with its host
    if (same.host === null && m.host !== null) {
      same.host = m.host;
      same.kind = m.kind;
    }
    // "اليوم الثلاثاء" says more than "اليوم": the fuller form of the same date wins
    if (!same.date || (m.date && text(m.date).length > text(same.date).length && text(m.date).includes(text(same.date)))) {
      same.date = m.date;
      same.isoDate = m.isoDate;
    }
  }
  return out;
}
