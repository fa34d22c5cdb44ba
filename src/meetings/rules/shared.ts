import { mentionsIn, type Entity, type EntityIndex, type Mention } from '../../entities/model.js';
import type { MeetingKind, Span } from '../../types.js';
import { type ArticleState, type MeetingFound, type SentenceState } from '../model.js';
import { findPlace } from '../where.js';
import { findDate } from '../when.js';
import { normalizeForm } from '../../normalize/index.js';
import { mark } from '../../rules.js';

/**
 * Helpers several meeting rules share. Word lists that more than one rule reads live in
 * lexicon/meetingWords.ts; what one rule alone reads stays in its file.
 */

/** Add to a meeting the entities of one kind that the mentions name; true where one was added. */
export function join(meeting: MeetingFound, index: EntityIndex, mentions: Mention[], kind: Entity['kind']): boolean {
  let added = false;
  for (const m of mentions) {
    const e = index.entities[m.entity];
    if (e.kind === kind && !meeting.participants.includes(e.id)) {
      meeting.participants.push(e.id);
      added = true;
    }
  }
  return added;
}

/** Distinct persons (not spokesmen) mentioned in a span. */
export function peopleIn(index: EntityIndex, span: Span): number[] {
  const out: number[] = [];
  for (const m of mentionsIn(index, span.start, span.end)) {
    const e = index.entities[m.entity];
    if (e.kind === 'person' && e.roleKind !== 'spokesman' && !out.includes(e.id)) out.push(e.id);
  }
  return out;
}

/** The place of a meeting in tokens [from, to), names and titles excluded. */
export function placeIn(a: ArticleState, from: number, to: number): Span | null {
  const tokens = a.doc.tokens;
  const personEndsAt = (k: number): boolean => {
    const m = a.index.lastPersonBefore(tokens[k].end);
    return m !== undefined && m.end === tokens[k].end;
  };
  return findPlace(a.doc, from, to, (i) => a.roleTokens.has(i), personEndsAt);
}


/** The first date expression of a sentence, as span and ISO date. */
export function dateIn(a: ArticleState, s: Span): { span: Span | null; iso: string | null } {
  const d = findDate(a.doc.norm, s);
  return { span: d?.span ?? null, iso: d?.iso ?? null };
}

/** A gathering still to come, as the adjective after it says (normalised): المقبل، القادمة، المرتقب، المقرر. */
export const AWAITED_GATHERING = /^(?:ال)?(?:مقبل|مقبله|قادم|قادمه|مرتقب|مرتقبه|مزمع|مزمعه|مقرر|مقرره)$/u;

/** How many words from its cue a meeting's place may stand. */
export const PLACE_REACH = 25;

/** The cue is the meeting as a noun with the article (الاجتماع، اللقاء، المباحثات): one already known. */
export function isMeetingNoun(cue: string): boolean {
  return /^(?:[وفبل]*)ال(?:اجتماع|اجتماعات|لقاء|مباحثات|محادثات|مفاوضات|قمه)$/u.test(cue);
}

/** Meeting nouns with a pronoun suffix: the one who met is named before (لقائه، استقباله، زيارتها). */
export const PRONOUN_CUES: ReadonlySet<string> = new Set(
  ['لقائه', 'لقاءه', 'لقائها', 'لقاءها', 'استقباله', 'استقبالها', 'لدى استقباله', 'لدى استقبالها', 'زيارته', 'زيارتها', 'اجتماعه', 'اجتماعها', 'اتصاله', 'اتصالها', 'مباحثاته', 'مباحثاتها', 'محادثاته', 'محادثاتها'].map(normalizeForm),
);

/** A cue with its proclitics (و، ف، ب، ل) off, unless it is a pronoun cue as written. */
export function stripClitic(phrase: string): string {
  return PRONOUN_CUES.has(phrase) ? phrase : phrase.replace(/^(?:و|ف)?(?:ب|ل)?/, '');
}

/** The sentence names too few sides for a meeting: no person and fewer than two listed sides, or fewer than two sides. */
export function fewSides(st: SentenceState): boolean {
  return (!namesAPerson(st) && st.sides.length < 2 && namedSidesIn(st) < 2) || st.ids.length < 2;
}

/** How many of the sentence's sides are bodies its words name as sides (وفد من حركة فتح، مسؤولين روس). */
function namedSidesIn(st: SentenceState): number {
  let n = 0;
  for (let k = 0; k < st.ids.length; k++) if (st.namedSides.includes(st.ids[k])) n++;
  return n;
}

/** Some side of the sentence is a person (peopleOf is not empty), asked without making the list. */
function namesAPerson(st: SentenceState): boolean {
  const { ids } = st;
  const entities = st.index.entities;
  for (let k = 0; k < ids.length; k++) if (entities[ids[k]].kind === 'person') return true;
  return false;
}

/** Rules that report a meeting of one named side (an envoy's talks, a person meeting a group, an official's visit, a speaker at a gathering). */
export const ONE_SIDED: ReadonlySet<string> = new Set(['envoy-talks', 'meets-a-group', 'visits-a-place', 'speaks-at-a-gathering', 'chaired-gathering', 'body-convenes']);

/**
 * Report a meeting of one named side (an envoy's talks, an official meeting a group, a visit) for
 * the sentence's cue: dated by the sentence, placed at `place`, the rule that made it first.
 */
export function pushOneSided(st: SentenceState, rule: string, person: number, kind: MeetingKind, place: Span | null, host: number | null = null): void {
  const date = dateIn(st.a, st.s);
  st.a.out.push({ participants: [person], host, kind, cue: { start: st.hit!.start, end: st.hit!.end }, location: place, date: date.span, isoDate: date.iso, span: { start: st.s.start, end: st.s.end }, rules: [rule, ...st.trail] });
}

/**
 * Keep one meeting made by `rule` per person, and none for a person whose meetings other rules
 * report: a visit or a gathering spoken at is told by those meetings.
 */
export function keepOnePerUnmetPerson(a: ArticleState, rule: string): void {
  const mine = a.out.filter((m) => m.rules[0] === rule);
  const others = a.out.filter((m) => m.rules[0] !== rule);
  a.out = a.out.filter((g) => {
    if (g.rules[0] !== rule) return true;
    const met = others.some((m) => m.participants.includes(g.participants[0]));
    return !met && mine.find((w) => w.participants[0] === g.participants[0]) === g;
  });
}

/**
 * Drop from the sentence's candidate sides the persons whose name the words right before it (up to
 * `reach` characters, within the sentence) mark as no side: قوات فلان، المواطن فلان. The rule is
 * marked on the sentence's trail where it dropped one.
 */
export function dropPersonsAfter(st: SentenceState, before: RegExp, reach: number, rule: string): void {
  const norm = st.doc.norm;
  const kept = st.candidates.filter((m) => st.index.entities[m.entity].kind !== 'person' || !before.test(norm.slice(Math.max(st.s.start, m.start - reach), m.start)));
  if (kept.length < st.candidates.length) mark(st.trail, rule);
  st.candidates = kept;
}

/**
 * The first mention at or after `from` in the sentence that may be a speaker: a person or a body,
 * not a country nor a body named in a title (وزير الخارجية الأردني، الأمين العام للجامعة العربية).
 */
export function firstNamedAfter(st: SentenceState, from: number): Mention | undefined {
  const { index } = st;
  const inTitle = (m: Mention): boolean => index.titleSpans.some((t) => t.start <= m.start && m.end <= t.end);
  return st.inSentence.find((m) => m.start >= from && index.entities[m.entity].kind !== 'country' && !inTitle(m));
}
