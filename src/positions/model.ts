import type { Doc } from '../document.js';
import type { EntityIndex } from '../entities/model.js';
import type { CueForm, CueHit } from '../lexicon/cueForms.js';
import type { MeetingFound } from '../meetings/model.js';
import type { RuleInfo, Verdict } from '../rules.js';
import type { Position, Span } from '../types.js';
import type { Complement } from './complement.js';
import type { Holder, HolderContext } from './holder.js';

/** A position as found, with what the refiners need beside the contract's fields. */
export interface Found {
  p: Position;
  /** The original offset of its cue word. */
  cueAt: number;
  /** The statement in normalised coordinates. */
  span: Span;
  /** The cue's start in normalised coordinates (the quotation mark for a cue-less quotation). */
  cue: number;
}

/** The current speaker: who spoke last, at which cue, in which sentence, and the statement made. */
export interface Speaker {
  holder: Holder;
  at: number;
  sentence: number;
  span: Span;
}

/** What the position rules share over one article. */
export interface ArticleState {
  doc: Doc;
  entities: EntityIndex;
  meetings: MeetingFound[];
  /** What holder resolution reads (holder.ts): the article, its titled persons, the short forms seen. */
  ctx: HolderContext;
  /** The positions found so far, in the order of their cues; the refiners rewrite the list. */
  found: Found[];
  /** The current speaker, for the cues that name none (set by current-speaker). */
  last: Speaker | undefined;
  /** Where pasted teasers of other stories start (skip-teasers), else the end of the text. */
  teasers: number;
}

/** A statement as bounded (boundary.ts): normalised span, and whether it is a quotation. */
export type Statement = Span & { quote: boolean };

/** What the position rules know of the cue word in hand. */
export interface CueState {
  a: ArticleState;
  doc: Doc;
  ctx: HolderContext;
  hit: CueHit;
  form: CueForm;
  /** The proclitics on the cue (و، ف، ب، ل…) and the cue word without them. */
  pre: string;
  w: string;
  /** Up to 14 normalised characters before the cue (what the filters read). */
  head: string;
  /** The cue word without its proclitics, in normalised offsets. */
  cueStart: number;
  cueEnd: number;
  /** The cue's sentence (index, start) and where its clause must end (sentence or paragraph end). */
  si: number;
  sStart: number;
  limit: number;
  /** The cue is a dual verb (أكدا، يؤكدان). */
  dual: boolean;
  /** The complement the cue takes (find-complement), if found. */
  comp?: Complement;
  /** Where an object opening right after the cue starts (object-first), else 0. */
  objectFirst: number;
  /** The antecedent of a relative clause the cue opens (relative-clause). */
  relativeTo?: Holder;
  /** The holder, once a holder step found it; `end` is where its subject ends, when known. */
  holder?: Holder & { end?: number };
  /** Where the statement starts, once known. */
  contentStart?: number;
  /** The quotation mark that opens a quoted complement. */
  opener: string | null;
  /** The subject zone between the cue and its particle names no holder of this cue (see zoneSkipped). */
  skipZone?: boolean;
  /** The statement (set by the runner once a holder and a start are known). */
  stmt?: Statement;
  /** Rules that shaped this cue's position (copied onto it after the rule that makes it). */
  trail: string[];
}

/** A cue with a holder and a statement: what the statement rules read. */
export interface StatedCue extends CueState {
  holder: Holder & { end?: number };
  contentStart: number;
  stmt: Statement;
}

/**
 * A position rule: a step once per article before the cues (`start`), on each cue (`cue`), on each
 * cue with a holder and a statement (`statement`), on the list of positions at the end (`refine`),
 * or several of these. Each runs in list order; `cue` and `statement` steps stop at the first 'stop'.
 */
export interface PositionRule extends RuleInfo<string> {
  stage: 'positions';
  start?(a: ArticleState): void;
  cue?(st: CueState): Verdict;
  statement?(st: StatedCue): Verdict;
  refine?(a: ArticleState): void;
}
