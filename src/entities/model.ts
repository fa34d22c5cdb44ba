import type { ParticipantKind, Span } from '../types.js';

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
    firstMentionIn(start, end) {
      return mentions.find((m) => m.start >= start && m.start < end);
    },
    lastPersonBefore(pos) {
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i];
        if (m.end <= pos && entities[m.entity].kind === 'person') return m;
      }
      return undefined;
    },
  };
}
