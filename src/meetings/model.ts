import type { Doc } from '../document.js';
import type { EntityIndex, Mention } from '../entities/model.js';
import type { MeetingCue } from '../lexicon/meetingCues.js';
import type { MeetingKind, Span } from '../types.js';
import type { RuleInfo, Verdict } from '../rules.js';
import type { CueTime } from './tense.js';

/** A meeting as found, before assembly: participants are entity ids, spans are normalised. */
export interface MeetingFound {
  participants: number[];
  host: number | null;
  kind: MeetingKind;
  /** The cue span (normalised). */
  cue: Span;
  location: Span | null;
  date: Span | null;
  isoDate: string | null;
  /** The whole sentence or clause that reports it (normalised). */
  span: Span;
  /** The ids of the rules that made or changed it, the one that made it first. */
  rules: string[];
  /** Countries and bodies the sentence lists as sides outright (الأردن والعراق يجريان …). */
  sides?: number[];
  /** Told only as arranged (من المقرر أن يلتقي): dropped where the article reports a meeting held. */
  planned?: boolean;
}

/** A summit the article reports with no one named in its sentence: "اختتمت القمة الاقتصادية التي استضافتها مدينة المنستير". */
export interface SummitFrame {
  sentence: Span;
  cue: Span;
  location: Span | null;
  date: Span | null;
  isoDate: string | null;
}

/** What the meeting rules share over one article. */
/** Marked tokens of a document, asked by token index. */
export interface TokenMarks {
  has(i: number): boolean;
}

export interface ArticleState {
  doc: Doc;
  index: EntityIndex;
  /** The meetings found so far, in text order. */
  out: MeetingFound[];
  /** Tokens that belong to a name, a body or a title: never the place of a meeting. */
  roleTokens: TokenMarks;
  /** A place named by a sentence without sides, for the meeting reported next. */
  pendingPlace: { place: Span; until: number } | null;
  /** A summit told with no one named (summit-attendees reads it at the end). */
  summit?: SummitFrame;
  /** Where each visitor is, for his meetings that name no place. */
  visited: Map<number, Span>;
}

/** A meeting cue found in a sentence. */
export interface CueMatch extends Span {
  cue: MeetingCue;
  /** The cue's first token and the token after its last. */
  at: number;
  after: number;
}

/** What the meeting rules know of the sentence in hand. */
export interface SentenceState {
  a: ArticleState;
  doc: Doc;
  index: EntityIndex;
  /** The sentence and the one before it. */
  s: Span;
  before: Span | null;
  /** Its token range [from, to) and its normalised text. */
  from: number;
  to: number;
  text: string;
  /** The meeting cue (set by find-meeting-cue), its first token and the token after it. */
  hit?: CueMatch;
  at0: number;
  after0: number;
  /** The sentence dates its news to the report's days (أمس، اليوم، غدا). */
  recent: boolean;
  /** When the cue stands in time, where its words say so. */
  time: CueTime;
  /** The attribution clause of the sentence (حسبما صرح …), or an empty span at its end. */
  clause: Span;
  /** The place a sentence without sides left for this meeting (taken by cue-sentence). */
  pending: { place: Span; until: number } | null;
  /** Every mention of the sentence, and those still candidates for a side. */
  inSentence: Mention[];
  candidates: Mention[];
  /** Countries and bodies the sentence lists as sides outright. */
  sides: number[];
  /** Bodies the sentence names as a side by its words (وفد من …، مسؤولين روس, body-as-side): with another, they make a meeting without a person. */
  namedSides: number[];
  /** The sides, as entity ids in order (collect-sides), and the persons among them. */
  ids: number[];
  /** Rules that shaped this sentence's meeting (copied onto it). */
  trail: string[];
}

/** A meeting rule: a step on each sentence, a refinement of all meetings at the end, or both. */
export interface MeetingRule extends RuleInfo<string> {
  stage: 'meetings';
  /** Applied to each sentence in turn, in list order, until one answers 'stop'. */
  sentence?(st: SentenceState): Verdict;
  /** Applied once to the article's meetings after every sentence was read, in list order. */
  refine?(a: ArticleState): void;
}

/** The persons among a sentence's sides. */
export function peopleOf(st: SentenceState): number[] {
  return st.ids.filter((id) => st.index.entities[id].kind === 'person');
}
