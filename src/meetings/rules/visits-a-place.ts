import type { Entity } from '../../entities/model.js';
import { peopleOf, type MeetingRule, type SentenceState } from '../model.js';
import { inCueClause, quoted } from './envoy-talks.js';
import { fewSides, keepOnePerUnmetPerson, placeIn, pushOneSided } from './shared.js';
import type { Span } from '../../types.js';
import { tokenAt } from '../../segment/tokens.js';
import { NUMBER } from '../../lexicon/wordChars.js';

/** How many tokens after the visit cue, or after the visitor's name following it, its place may start. */
const PLACE_AFTER = 6;
/** How many tokens after a visit noun its visitor may be named (زيارة نائب الرئيس رئيس الوزراء فلان). */
const VISITOR_AFTER = 8;

/**
 * "زار وزير الخارجية فلان سنغافورة"، "زيارة الوزير فلان إلى محافظة عدن": an official's visit to a
 * named place is an encounter there (corpus README: a visit is a meeting) though no host is named.
 * Only a visit told as done or happening, the official named in the cue's own clause, the place
 * right after the cue. A visitor's meetings tell his visit: it is reported on its own only where
 * he has none, once.
 */
export const visitsAPlace: MeetingRule = {
  id: 'visits-a-place',
  stage: 'meetings',
  summary: 'an official\'s visit to a named place (زار الوزير فلان سنغافورة) is reported though no host is named',
  example: 'وزار وزير الخارجية سامر الحديدي العاصمة الماليزية كوالالمبور أمس في جولة آسيوية.',
  sentence(st) {
    if (!fewSides(st)) return 'next';
    const { a, hit, index } = st;
    const people = peopleOf(st);
    if (people.length !== 1 || st.ids.length !== 1 || st.time !== null || hit!.cue.kind !== 'visit' || !visitWord(st)) return 'next';
    const visitor = index.entities[people[0]];
    if (!visitor.roles.length || visitor.roleKind === 'spokesman' || quoted(st.doc.norm, st.s.start, hit!.start) || yearsAgo(st)) return 'next';
    if (!((inCueClause(st, visitor) && namedJustBefore(st, visitor)) || namedAfterCue(st, visitor))) return 'next';
    const place = placeAfterCue(st, visitor);
    if (!place) return 'next';
    // where he is, for his meetings that name no place (given by visitor-place)
    if (!a.visited.has(visitor.id)) a.visited.set(visitor.id, place);
    pushOneSided(st, this.id, visitor.id, 'visit', place);
    return 'stop';
  },
  refine(a) {
    // "زار الوزير فلان القاهرة، والتقى الرئيس…": the visit is told by the visitor's meetings there
    // (visitor-place gives them its place)
    keepOnePerUnmetPerson(a, this.id);
  },
};

/**
 * The cue is a visit told as made: زار، يزور، زيارة, or an arrival (وصل) dated to the report's days,
 * not a purpose (لزيارة), not one awaited (زيارة مرتقبة), not the background of a quoted speaker
 * (قال فلان الذي يزور نيويورك).
 */
function visitWord(st: SentenceState): boolean {
  const tokens = st.doc.tokens;
  const w = tokens[st.at0].text;
  // an arrival (وصل إلى) is a visit where the sentence dates it to the report's days or calls it one
  if (!VISIT.test(w) && !(ARRIVAL.test(w) && (st.recent || /(?:^|\s)\S*زياره/u.test(st.text)))) return false;
  if (tokens.slice(st.after0, st.after0 + 3).some((t) => t.joined && AWAITED.has(t.text))) return false;
  const relative = RELATIVE.has(tokens[st.at0 - 1]?.text ?? '');
  return !(relative && st.doc.cues.some((c) => c.index >= st.s.start && c.index < tokens[st.at0].start));
}

/** وصل، يصل with و or ف. */
const ARRIVAL = /^[وف]?(?:وصل|وصلت|يصل|تصل)$/u;
/** زار، يزور، زيارة with و or ف, never ل (لزيارة: in order to visit). */
const VISIT = /^[وف]?(?:زار|زارت|يزور|تزور|زياره|الزياره|زيارته|زيارتها|بزياره)$/u;
/** Adjectives of a visit not yet made. */
const AWAITED: ReadonlySet<string> = new Set(['مرتقبه', 'المرتقبه', 'مقبله', 'المقبله', 'مزمعه', 'المزمعه', 'مقرره', 'المقرره', 'محتمله', 'المحتمله', 'قادمه', 'القادمه', 'مرتقب', 'مقترحه', 'المقترحه']);
/** Relative pronouns: "الذي يزور". */
const RELATIVE: ReadonlySet<string> = new Set(['الذي', 'التي']);

/** "وأدلى فلان بتصريحاته خلال زيارة لسنغافورة": the visitor named just before the cue, as its subject. */
function namedJustBefore(st: SentenceState, visitor: Entity): boolean {
  const at = st.doc.tokens[st.at0].start;
  return visitor.mentions.some((m) => m.end <= at && at - m.end <= NEAR);
}

/**
 * The sentence dates the visit years back: a year before the article's (في عام 1972) or "قبل
 * أعوام"; such visits are history, not news.
 */
function yearsAgo(st: SentenceState): boolean {
  if (YEARS_AGO.test(st.text)) return true;
  const year = st.doc.year;
  return year !== null && [...st.text.matchAll(YEAR)].some((m) => Number(m[0]) < year);
}

/** A year of the period news speaks of. */
const YEAR = new RegExp(`(?<!${NUMBER})(?:19|20)\\d\\d(?!${NUMBER})`, 'gu');
/** "قبل أعوام"، "قبل سنوات"، "قبل عقود". */
const YEARS_AGO = /(?:^|\s)قبل\s+(?:اعوام|سنوات|عقود|سنين|عده\s+(?:اعوام|سنوات))(?=\s|$)/u;
/** How far (characters) before the cue its subject may be named. */
const NEAR = 60;

/** "زيارة الوزير فلان إلى عدن"، "زار الوزير فلان موسكو": the visitor named right after the cue (its genitive or subject). */
function namedAfterCue(st: SentenceState, visitor: Entity): boolean {
  const tokens = st.doc.tokens;
  // his titles and name run on from the cue, no other word between
  let i = st.after0;
  while (i < Math.min(st.to, st.after0 + VISITOR_AFTER) && st.a.roleTokens.has(i)) i++;
  if (i === st.after0) return false;
  const from = tokens[st.after0].start;
  const to = tokens[i - 1].end;
  return visitor.mentions.some((m) => m.start >= from && m.start < to);
}

/**
 * The place the visit goes to, within a few words after the cue (past the visitor's name): a place
 * as a meeting's (في، إلى، ب), or a city or country right after the cue or the visitor's name, or with ل (زار فلان موسكو، زيارة لسنغافورة).
 */
function placeAfterCue(st: SentenceState, visitor: Entity): Span | null {
  const { lex, tokens } = st.doc;
  // past the visitor's name where it follows the cue (زيارة نائب الرئيس رئيس الوزراء فلان إلى عدن)
  const named = visitor.mentions.find((m) => m.start >= tokens[st.at0].end && m.end <= tokens[Math.min(st.to - 1, st.after0 + VISITOR_AFTER)].end);
  const from = named ? tokenAt(tokens, named.end) : st.after0;
  const to = Math.min(st.to, from + PLACE_AFTER);
  const found = placeIn(st.a, from, to);
  if (found) return found;
  for (let i = from; i < to; i++) {
    if (!tokens[i].joined) return null;
    const c = lex.cities.match(i) ?? lex.countryNames.match(i);
    const object = i === from || visitor.mentions.some((m) => m.end === tokens[i - 1].end);
    if (c && c.pre === '' && object) return { start: c.start, end: c.end };
    // "لسنغافورة" → سنغافورة; "للسعودية" (ل + ال written لل): the place as the article writes it
    // elsewhere without the preposition (السعودية), else kept whole, the article being in the ل
    if (c && c.pre === 'ل') return tokens[i].text.startsWith('لل') ? (writtenBare(st, c.value) ?? { start: tokens[i].start, end: c.end }) : { start: c.start, end: c.end };
  }
  return null;
}

/** The first mention of the same city or country (lexicon entry `value`) the article writes with no proclitic, or null. */
function writtenBare(st: SentenceState, value: unknown): Span | null {
  const { lex, tokens } = st.doc;
  for (let k = 0; k < tokens.length; k++) {
    const c = lex.cities.match(k) ?? lex.countryNames.match(k);
    if (c && c.pre === '' && c.value === value && !st.a.roleTokens.has(k)) return { start: c.start, end: c.end };
  }
  return null;
}
