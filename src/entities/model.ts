import type { ParticipantKind, Span } from '../types.js';
import { lowerBound } from '../segment/search.js';

/**
 * The entity layer shared by meetings and positions: every person, organisation and country the
 * article names, with each mention (full name, alias, description such as الوزير المصري) linked to it.
 * All spans are in normalised coordinates (see document.ts).
 */

/** How a mention refers to its entity. */
export type MentionType = 'name' | 'alias' | 'title' | 'description' | 'pronoun' | 'nisba';

/** One place in the text that refers to an entity. */
export interface Mention extends Span {
  entity: number;
  type: MentionType;
  /** The rule that found it. */
  rule: string;
}

/** A person, organisation or country named in the article. */
export interface Entity {
  id: number;
  kind: ParticipantKind;
  /** Fullest name as written in the original text (without title). */
  name: string;
  /** Other surface forms (original text). */
  aliases: string[];
  /** Titles as written in the original text, most specific first. */
  roles: string[];
  /** Role kind from the title lexicon (e.g. spokesman), where known. */
  roleKind: string | null;
  country: string | null;
  organization: string | null;
  /** True where the country was inferred from the countries named around the person, not stated. */
  countryInferred?: boolean;
  /** The organisations lexicon's id of the body (for a body) or of the person's organisation. */
  orgId?: string;
  /** For an organisation from the lexicon: its kind (movement, international…). */
  orgKind?: string;
  /** True for a person titled as a royal (الملك، الأمير، ولي العهد): represents a monarchy. */
  royal?: boolean;
  /** Normalised words of the person's fullest name. */
  words?: string[];
  /** Mentions, sorted by start. */
  mentions: Mention[];
}

/** All entities of an article, with lookups by position. */
export interface EntityIndex {
  entities: Entity[];
  /** Every mention, sorted by start. */
  mentions: Mention[];
  /** Spans of titles and roles as written (وزير الخارجية، المستشار بالديوان الملكي): not places. */
  titleSpans: Span[];
  /** The mention that starts within [start, end), earliest first, or undefined. */
  firstMentionIn(start: number, end: number): Mention | undefined;
  /** The last person mention that ends at or before `pos` (for continuation cues: وأضاف). */
  lastPersonBefore(pos: number): Mention | undefined;
}

/** Build an index over a list of entities (mentions are collected and sorted). */
export function buildIndex(entities: Entity[], titleSpans: Span[] = []): EntityIndex {
  const mentions = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    entities,
    mentions,
    titleSpans,
    // Both start from a binary search over the sorted mentions: a scan from either end on every
    // call is quadratic on long inputs with thousands of mentions and cues.
    firstMentionIn(start, end) {
      const m = mentions[firstStartingAt(mentions, start)];
      return m && m.start < end ? m : undefined;
    },
    lastPersonBefore(pos) {
      // Mentions starting after pos also end after it, so the search can begin below them.
      for (let i = firstStartingAt(mentions, pos + 1) - 1; i >= 0; i--) {
        const m = mentions[i];
        if (m.end <= pos && entities[m.entity].kind === 'person') return m;
      }
      return undefined;
    },
  };
}

/** The index's mentions that start in [start, end), in order (two binary searches, one slice). */
export function mentionsIn(index: EntityIndex, start: number, end: number): Mention[] {
  return index.mentions.slice(firstStartingAt(index.mentions, start), firstStartingAt(index.mentions, end));
}

/** Index of the first mention (sorted by start) that starts at or after `pos`; length when none does. */
function firstStartingAt(mentions: readonly Mention[], pos: number): number {
  return lowerBound(mentions, pos, (m) => m.start);
}
