import { enabled, paragraphAt, sentenceAt, type Doc } from '../document.js';
import type { EntityIndex } from '../entities/model.js';
import type { CueHit } from '../lexicon/cueForms.js';
import type { MeetingFound } from '../meetings/model.js';
import type { Position } from '../types.js';
import { statementSpan } from './boundary.js';
import type { HolderContext } from './holder.js';
import type { ArticleState, CueState, PositionRule, StatedCue } from './model.js';
import { collectTitled } from './titled.js';
import { adjectiveParticiple } from './rules/adjective-participle.js';
import { nounCoordinatedInPhrase } from './rules/noun-coordinated-in-phrase.js';
import { attributedQuote } from './rules/attributed-quote.js';
import { headlineSpeaker } from './rules/headline-speaker.js';
import { attributingCue } from './rules/attributing-cue.js';
import { boundedSubject } from './rules/bounded-subject.js';
import { butHeSubject } from './rules/but-he-subject.js';
import { continuesLastSpeaker } from './rules/continues-last-speaker.js';
import { currentSpeaker } from './rules/current-speaker.js';
import { describesIndefiniteNoun } from './rules/describes-indefinite-noun.js';
import { dropContained } from './rules/drop-contained.js';
import { dropFrames } from './rules/drop-frames.js';
import { reveredFigureCited } from './rules/revered-figure-cited.js';
import { betweenIsNoCue } from './rules/between-is-no-cue.js';
import { speakerSpeaksForHisState } from './rules/speaker-speaks-for-his-state.js';
import { dropReported } from './rules/drop-reported.js';
import { dualFormAsNoun } from './rules/dual-form-as-noun.js';
import { dualMeansSides } from './rules/dual-means-sides.js';
import { findComplementRule } from './rules/find-complement.js';
import { subjectFramedByKana } from './rules/subject-framed-by-kana.js';
import { verbAgreesWithHolder } from './rules/verb-agrees-with-holder.js';
import { consideredNeedsAgent } from './rules/considered-needs-agent.js';
import { issuerOfStatement } from './rules/issuer-of-statement.js';
import { namedBeforeCue } from './rules/named-before-cue.js';
import { wordsCarriedFrom } from './rules/words-carried-from.js';
import { clauseAsSubject } from './rules/clause-as-subject.js';
import { subjectThenPresent } from './rules/subject-then-present.js';
import { nonHolderHead } from './rules/non-holder-head.js';
import { accordingToSource } from './rules/according-to-source.js';
import { blameNeedsNamedSubject } from './rules/blame-needs-named-subject.js';
import { unnamedByRequest } from './rules/unnamed-by-request.js';
import { holderIsAName } from './rules/holder-is-a-name.js';
import { sameSpeakerAgain } from './rules/same-speaker-again.js';
import { nothingLeftToState } from './rules/nothing-left-to-state.js';
import { nounContinuesSpeaker } from './rules/noun-continues-speaker.js';
import { nounParticleAtOnce } from './rules/noun-particle-at-once.js';
import { nounStatesMeetingView } from './rules/noun-states-meeting-view.js';
import { objectAfterSubject } from './rules/object-after-subject.js';
import { objectFirst } from './rules/object-first.js';
import { outletIsNews } from './rules/outlet-is-news.js';
import { documentVerb } from './rules/document-verb.js';
import { participleSubject } from './rules/participle-subject.js';
import { purposeNoun } from './rules/purpose-noun.js';
import { quotedNoun } from './rules/quoted-noun.js';
import { referringGloss } from './rules/referring-gloss.js';
import { relativeClause } from './rules/relative-clause.js';
import { reportedStatement } from './rules/reported-statement.js';
import { reporterNoun } from './rules/reporter-noun.js';
import { reportsDiscussion } from './rules/reports-discussion.js';
import { isDual } from './rules/shared.js';
import { shortFormsReferBack } from './rules/short-forms-refer-back.js';
import { skipTeasers } from './rules/skip-teasers.js';
import { splitAtInnerCues } from './rules/split-at-inner-cues.js';
import { statementStart } from './rules/statement-start.js';
import { statementTooShort } from './rules/statement-too-short.js';
import { subjectBeforeVerb } from './rules/subject-before-verb.js';
import { subjectZone } from './rules/subject-zone.js';
import { topicBeforeFa } from './rules/topic-before-fa.js';
import { verbAfterPreposition } from './rules/verb-after-preposition.js';
import { verbAfterAuxiliary } from './rules/verb-after-auxiliary.js';
import { conditionalCue } from './rules/conditional-cue.js';
import { countedNoun } from './rules/counted-noun.js';
import { viaPreposition } from './rules/via-preposition.js';
import { needsHamza } from './rules/needs-hamza.js';
import { consideredPassive } from './rules/considered-passive.js';
import { declinedToComment } from './rules/declined-to-comment.js';
import { unsaidIsNoStatement } from './rules/unsaid-is-no-statement.js';
import { notingNeedsParticle } from './rules/noting-needs-particle.js';
import { verbCoordinatedWithNoun } from './rules/verb-coordinated-with-noun.js';
import { verbTakesNoPreposition } from './rules/verb-takes-no-preposition.js';
import { verbalNounAfterOr } from './rules/verbal-noun-after-or.js';
import { wordTypedTwice } from './rules/word-typed-twice.js';

/**
 * The position rules, in the order they run. Every reporting cue word of the article (doc.cues)
 * goes through the `cue` steps until one answers 'stop'; a cue left with a holder and a start gets
 * its statement (boundary.ts) and goes through the `statement` steps; once every cue was read the
 * `refine` steps rewrite the list. Order dependencies:
 * - skip-teasers finds where pasted teasers start (its `start` step) before any cue or quotation
 *   is read; short-forms-refer-back remembers the entities' names before the first holder is read;
 * - the cue filters (verb-takes-no-preposition … adjective-participle) only pass a cue over: they
 *   may run in any order among themselves, and first, being cheap;
 * - find-complement sets the complement that noun-particle-at-once, relative-clause and every
 *   holder step read; object-first comes before the steps that read `objectFirst` (relative-clause,
 *   subject-zone, bounded-subject, statement-start);
 * - the holder steps run in order of preference, each only while no holder is found: first the
 *   ones that read the cue's own clause (relative-clause, issuer-of-statement, topic-before-fa, subject-zone,
 *   reporter-noun, bounded-subject); subject-then-present and subject-framed-by-kana come before
 *   subject-zone, the subject they read before the verb making the words after it the object; bounded-subject also places the statement after the subject,
 *   so it comes before statement-start; object-after-subject reads the holder found so far, as
 *   the subject it follows, so it comes before the fallbacks (but-he-subject …
 *   continues-last-speaker), which read the sentence and the current speaker;
 * - noun-continues-speaker comes before noun-states-meeting-view, and named-before-cue before
 *   continues-last-speaker: a speaker in the sentence, or a person newly named, wins;
 * - statement steps: the filters (statement-too-short, reports-discussion, non-holder-head,
 *   verb-agrees-with-holder, considered-needs-agent) drop a statement before its holder becomes the current speaker; current-speaker and
 *   short-forms-refer-back come before outlet-is-news, so that an outlet stays the current speaker
 *   though it makes no position; reported-statement makes the position last;
 * - refine: attributed-quote adds the quotations no cue introduced (it reads the statements found
 *   by cues), headline-speaker the "speaker: statement" headline lines; drop-reported and split-at-inner-cues read the other positions as found, before
 *   drop-frames drops frames and quoted cues; drop-contained (the overlap policy) comes last.
 */
export const POSITION_RULES: readonly PositionRule[] = [
  skipTeasers,
  verbTakesNoPreposition,
  verbAfterPreposition,
  verbAfterAuxiliary,
  countedNoun,
  needsHamza,
  consideredPassive,
  declinedToComment,
  unsaidIsNoStatement,
  conditionalCue,
  quotedNoun,
  attributingCue,
  wordTypedTwice,
  betweenIsNoCue,
  verbalNounAfterOr,
  verbCoordinatedWithNoun,
  dualFormAsNoun,
  describesIndefiniteNoun,
  purposeNoun,
  referringGloss,
  adjectiveParticiple,
  nounCoordinatedInPhrase,
  findComplementRule,
  viaPreposition,
  notingNeedsParticle,
  nounParticleAtOnce,
  objectFirst,
  relativeClause,
  issuerOfStatement,
  wordsCarriedFrom,
  topicBeforeFa,
  subjectThenPresent,
  subjectFramedByKana,
  subjectZone,
  reporterNoun,
  boundedSubject,
  statementStart,
  objectAfterSubject,
  butHeSubject,
  subjectBeforeVerb,
  speakerSpeaksForHisState,
  dualMeansSides,
  nounContinuesSpeaker,
  nounStatesMeetingView,
  participleSubject,
  clauseAsSubject,
  namedBeforeCue,
  continuesLastSpeaker,
  nothingLeftToState,
  statementTooShort,
  reportsDiscussion,
  nonHolderHead,
  verbAgreesWithHolder,
  consideredNeedsAgent,
  accordingToSource,
  blameNeedsNamedSubject,
  unnamedByRequest,
  reveredFigureCited,
  sameSpeakerAgain,
  holderIsAName,
  currentSpeaker,
  shortFormsReferBack,
  outletIsNews,
  documentVerb,
  reportedStatement,
  attributedQuote,
  headlineSpeaker,
  dropReported,
  splitAtInnerCues,
  dropFrames,
  dropContained,
];

/** Find stated positions (reported speech and quotes) and attribute each to its holder. */
export function findPositions(doc: Doc, entities: EntityIndex, meetings: MeetingFound[]): Position[] {
  const a = articleState(doc, entities, meetings);
  const rules = POSITION_RULES.filter((r) => enabled(doc, r.id));
  // the rules' steps, read off the rules once per article and called by index (each rule is an
  // object of a shape of its own: reading its fields at every cue cost a megamorphic lookup each)
  const onCue = rules.filter((r) => r.cue);
  const cueSteps = onCue.map((r) => r.cue!);
  const onStatement = rules.filter((r) => r.statement);
  const statementSteps = onStatement.map((r) => r.statement!);
  for (const r of rules) r.start?.(a);
  cues: for (const hit of doc.cues) {
    const st = cueState(a, hit);
    for (let k = 0; k < cueSteps.length; k++) if (cueSteps[k].call(onCue[k], st) === 'stop') continue cues;
    // no holder found, or nothing stated: the cue makes no position
    if (!st.holder || st.contentStart === undefined) continue;
    st.stmt = statementSpan(doc, st.contentStart, st.opener);
    const stated = st as StatedCue;
    for (let k = 0; k < statementSteps.length; k++) if (statementSteps[k].call(onStatement[k], stated) === 'stop') break;
  }
  for (const r of rules) r.refine?.(a);
  return a.found.map((f) => f.p);
}

/** The state the rules share over an article, before any rule ran. */
function articleState(doc: Doc, entities: EntityIndex, meetings: MeetingFound[]): ArticleState {
  const firstSide = entities.mentions.find((m) => entities.entities[m.entity].kind !== 'country');
  const ctx: HolderContext = new ArticleContext(doc, entities, meetings, firstSide);
  return { doc, entities, meetings, ctx, found: [], last: undefined, teasers: doc.norm.length };
}

/**
 * The holder context of an article. The people seen with a title are read only for a title-only
 * subject, so they are collected on first use (a pure scan of the document). A class, not an object
 * literal with a getter: V8 gives each such literal a hidden class of its own, which the heap keeps
 * (and the document through it) until its next full collection.
 */
class ArticleContext implements HolderContext {
  readonly fullNames = new Map<string, string>();
  readonly headAt = new Map<string, number>();
  private titledPeople: HolderContext['titled'] | undefined;

  constructor(
    readonly doc: Doc,
    readonly entities: EntityIndex,
    readonly meetings: MeetingFound[],
    readonly firstSide: HolderContext['firstSide'],
  ) {}

  get titled(): HolderContext['titled'] {
    return (this.titledPeople ??= collectTitled(this.doc));
  }
}

/** What the rules know of a cue word before any rule ran: where it stands, its sentence and clause. */
function cueState(a: ArticleState, hit: CueHit): CueState {
  const { doc } = a;
  const cueStart = hit.index + hit.pre.length;
  const si = sentenceAt(doc, cueStart);
  const end = doc.norm.length;
  return {
    a, doc, ctx: a.ctx, hit, form: hit.form, pre: hit.pre, w: hit.w,
    head: doc.norm.slice(Math.max(0, hit.index - 14), hit.index),
    cueStart, cueEnd: hit.end, si, sStart: si >= 0 ? doc.sentences[si].start : 0,
    // A clause ends with its sentence, and never runs past its paragraph (a title line has no full stop).
    limit: Math.min(si >= 0 ? doc.sentences[si].end : end, paragraphAt(doc, cueStart)?.end ?? end),
    dual: hit.form.kind === 'verb' && isDual(hit.w),
    objectFirst: 0, opener: null, trail: [],
    // every field a rule may set, present from the start: the rules' reads of the state then meet
    // one hidden class, not one per order in which earlier rules happened to set them
    comp: undefined, relativeTo: undefined, holder: undefined, contentStart: undefined, skipZone: undefined, stmt: undefined,
  };
}
