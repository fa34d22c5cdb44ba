import type { Doc } from '../document.js';
import { mentionsIn, type EntityIndex } from '../entities/model.js';
import { tokenAt } from '../segment/tokens.js';
import { enabled } from '../document.js';
import type { ArticleState, MeetingFound, MeetingRule, SentenceState, TokenMarks } from './model.js';
import type { Span } from '../types.js';
import { joinDelegationMembers } from './rules/join-delegation-members.js';
import { findMeetingCue } from './rules/find-meeting-cue.js';
import { skipBackground } from './rules/skip-background.js';
import { readCueTime } from './rules/cue-time.js';
import { skipToldAsEarlier } from './rules/skip-told-as-earlier.js';
import { skipLongPastDate } from './rules/skip-long-past-date.js';
import { cutAtLaterMeeting } from './rules/cut-at-later-meeting.js';
import { attributionClause } from './rules/attribution-clause.js';
import { listedSides } from './rules/listed-sides.js';
import { reportersNotAttendees } from './rules/reporters-not-attendees.js';
import { saidAfterCue } from './rules/said-after-cue.js';
import { spokesmanNotAttendee } from './rules/spokesman-not-attendee.js';
import { sendersNotAttendees } from './rules/senders-not-attendees.js';
import { forcesOfLeader } from './rules/forces-of-leader.js';
import { privatePersonsNotSides } from './rules/private-persons-not-sides.js';
import { topicPersonsNotSides } from './rules/topic-persons-not-sides.js';
import { otherVisitsNotSides } from './rules/other-visits-not-sides.js';
import { placeOwnersNotSides } from './rules/place-owners-not-sides.js';
import { bodyAsSide } from './rules/body-as-side.js';
import { collectSides } from './rules/collect-sides.js';
import { unnamedOfficialSide } from './rules/unnamed-official-side.js';
import { pronounCueSubject } from './rules/pronoun-cue-subject.js';
import { groupReference } from './rules/group-reference.js';
import { listedCountrySpeaker } from './rules/listed-country-speaker.js';
import { summit } from './rules/summit.js';
import { envoyTalks } from './rules/envoy-talks.js';
import { visitorPlace } from './rules/visitor-place.js';
import { placeForNextMeeting } from './rules/place-for-next-meeting.js';
import { meetsAGroup } from './rules/meets-a-group.js';
import { visitsAPlace } from './rules/visits-a-place.js';
import { chairedGathering } from './rules/chaired-gathering.js';
import { bodyConvenes } from './rules/body-convenes.js';
import { speaksAtAGathering } from './rules/speaks-at-a-gathering.js';
import { countryHeldIn } from './rules/country-held-in.js';
import { needTwoSides } from './rules/need-two-sides.js';
import { jointActNeedsTwoLeaders } from './rules/joint-act-needs-two-leaders.js';
import { weakCueNeedsPartner } from './rules/weak-cue-needs-partner.js';
import { gatheringNeedsMeeting } from './rules/gathering-needs-meeting.js';
import { cueSentence } from './rules/cue-sentence.js';
import { placeFromEarlierSentence } from './rules/place-from-earlier-sentence.js';
import { visitedCountryPlace } from './rules/visited-country-place.js';
import { sidelinesPlace } from './rules/sidelines-place.js';
import { arrangedJoinsHeld } from './rules/arranged-joins-held.js';
import { countriesAreTheirPeople } from './rules/countries-are-their-people.js';
import { representedSides } from './rules/represented-sides.js';
import { mergeSameEncounter } from './rules/merge-same-encounter.js';
import { arrivedCountryPlace } from './rules/arrived-country-place.js';
import { datelinePlace } from './rules/dateline-place.js';
import { hostOfSeat } from './rules/host-of-seat.js';
import { CUE_FILTERS } from './rules/cue-filters.js';

/**
 * The meeting rules, in the order they run. Each sentence goes through the `sentence` steps until
 * one answers 'stop'; then, once every sentence was read, the `refine` steps run in this order.
 * Order dependencies:
 * - join-delegation-members reads the meeting reported just before, so it comes first and settles
 *   its sentence;
 * - find-meeting-cue sets the cue every later step reads; cue-time reads the cue's neighbours, and
 *   the two skips after it read its answer;
 * - the side filters (cut … body-as-side) narrow the sentence's mentions and may run in any order
 *   among themselves (listed-sides first: body-as-side keeps the listed sides); collect-sides turns
 *   what is left into the sides;
 * - pronoun-cue-subject, group-reference and unnamed-official-side add sides to a sentence with
 *   one, before the steps that count sides;
 * - listed-country-speaker settles a sentence about one person, before need-two-sides would drop
 *   it; summit-attendees, envoy-talks, visitor-place, place-for-next-meeting, meets-a-group,
 *   visits-a-place and speaks-at-a-gathering
 *   read sentences with too few sides, before need-two-sides drops them;
 * - cue-sentence makes the meeting; place-from-earlier-sentence and visited-country-place give it
 *   a place where it has none, in that order of preference;
 * - refine: summit-attendees makes a summit's meeting where none was found; visitor-place gives
 *   places, sidelines-place the place of the gathering a meeting was on the sidelines of, then
 *   country-held-in gives the country a meeting is held in to those still without;
 *   countries-are-their-people puts people in the place of the countries they stand for
 *   (an arranged meeting's people too, before arranged-joins-held drops it); arranged-joins-held drops arranged meetings before represented-sides counts who
 *   stands for whom; merge-same-encounter merges what is left; host-of-seat reads merged hosts.
 */
export const MEETING_RULES: readonly MeetingRule[] = [
  joinDelegationMembers,
  findMeetingCue,
  skipBackground,
  readCueTime,
  skipToldAsEarlier,
  skipLongPastDate,
  cutAtLaterMeeting,
  attributionClause,
  listedSides,
  reportersNotAttendees,
  saidAfterCue,
  spokesmanNotAttendee,
  sendersNotAttendees,
  forcesOfLeader,
  privatePersonsNotSides,
  topicPersonsNotSides,
  placeOwnersNotSides,
  otherVisitsNotSides,
  bodyAsSide,
  collectSides,
  pronounCueSubject,
  groupReference,
  unnamedOfficialSide,
  listedCountrySpeaker,
  summit,
  envoyTalks,
  visitorPlace,
  placeForNextMeeting,
  meetsAGroup,
  visitsAPlace,
  speaksAtAGathering,
  chairedGathering,
  bodyConvenes,
  needTwoSides,
  jointActNeedsTwoLeaders,
  weakCueNeedsPartner,
  gatheringNeedsMeeting,
  cueSentence,
  placeFromEarlierSentence,
  visitedCountryPlace,
  sidelinesPlace,
  countryHeldIn,
  countriesAreTheirPeople,
  arrangedJoinsHeld,
  representedSides,
  mergeSameEncounter,
  hostOfSeat,
  datelinePlace,
  arrivedCountryPlace,
];

/** Every meeting rule, the cue filters included (for --explain and `npm run rules`). */
export const ALL_MEETING_RULES = [...MEETING_RULES, ...CUE_FILTERS];

/** A pathological input: enough meetings to report. */
const MAX_MEETINGS = 5000;

/**
 * Find the meetings, calls and visits the article reports: one per sentence holding a meeting cue
 * and at least two named sides (people, or bodies where the article says so); place and date from
 * the same sentence; then merged and refined over the article.
 */
export function findMeetings(doc: Doc, index: EntityIndex): MeetingFound[] {
  const a: ArticleState = { doc, index, out: [], roleTokens: roleTokens(doc, index), pendingPlace: null, visited: new Map() };
  const rules = MEETING_RULES.filter((r) => enabled(doc, r.id));
  // the rules after find-meeting-cue read its cue: a sentence without one goes no further
  const cueAt = MEETING_RULES.indexOf(findMeetingCue);
  // the rules with a sentence step, their steps and whether each needs the cue, read once per
  // article (each rule is an object of a shape of its own: reading its fields in every sentence
  // cost a megamorphic lookup per rule and sentence); a rule without a step does nothing there
  const stepRules = rules.filter((r) => r.sentence !== undefined);
  const steps = stepRules.map((r) => r.sentence!);
  const needsCue = stepRules.map((r) => MEETING_RULES.indexOf(r) > cueAt);
  let before: SentenceState['before'] = null;
  for (const s of doc.sentences) {
    if (a.out.length > MAX_MEETINGS) break;
    const inSentence = mentionsIn(index, s.start, s.end);
    const st: SentenceState = {
      a, doc, index, s, before,
      from: tokenAt(doc.tokens, s.start),
      to: tokenAt(doc.tokens, s.end),
      text: doc.norm.slice(s.start, s.end),
      at0: 0, after0: 0, recent: false, time: null,
      clause: { start: s.end, end: s.end },
      pending: null,
      inSentence, candidates: inSentence, sides: [], namedSides: [], ids: [], trail: [],
    };
    before = s;
    for (let k = 0; k < steps.length; k++) {
      if (needsCue[k] && !st.hit) break;
      if (steps[k].call(stepRules[k], st) === 'stop') break;
    }
  }
  for (const r of rules) r.refine?.(a);
  return a.out;
}

/**
 * Tokens of names, bodies, countries and titles: not places ("الأوضاع في سوريا" is a topic), except
 * a country that shares its name with its capital ("في الجزائر العاصمة"، "في الكويت").
 */
function roleTokens(doc: Doc, index: EntityIndex): TokenMarks {
  const tokens = doc.tokens;
  // one byte a token, not a Set of indexes: asked at the words of every sentence with a cue
  const marks = new Uint8Array(tokens.length);
  const mark = (m: Span): void => {
    for (let i = tokenAt(tokens, m.start); i < tokens.length && tokens[i].start < m.end; i++) marks[i] = 1;
  };
  for (const m of index.mentions) if (index.entities[m.entity].kind !== 'country' || (doc.lex.cities.match(tokenAt(tokens, m.start))?.end ?? -1) < m.end) mark(m);
  for (const m of index.titleSpans) mark(m);
  return new MarkedTokens(marks);
}

/** TokenMarks over one byte a token (an index past the tokens is unmarked). */
class MarkedTokens implements TokenMarks {
  constructor(private readonly marks: Uint8Array) {}

  has(i: number): boolean {
    return this.marks[i] === 1;
  }
}
