import type { ParticipantKind, Span } from '../types.js';
import { lowerBoundByStart, lowerBoundByEnd } from '../segment/search.js';

/**
 * The entity layer shared by meetings and positions: every person, organisation and country the
 * article names, with each mention (full name, alias, description such as الوزير المصري) linked to it.
 * All spans are in normalised coordinates (see document.ts).
 */

/** Where an affiliation came from: what the text states, the known-actor list, or an inference. */
export type AffiliationSource = 'stated' | 'known' | 'inferred';

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
  /** Where the country or body came from: the text (stated), the known-actor list (known) or a guess (inferred). */
  affiliationSource?: AffiliationSource;
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
  /** Ids of the rules that changed it after its mentions were found (country, body, links). */
  rules?: string[];
}

/**
 * A head of state or government, or a foreign or defence minister, the article names only by his
 * title and state ("رئيس الوزراء الكندي"), whom no named person of the article took: the meeting
 * rules may make his state a side (unnamed-official-side). Spans normalised.
 */
export interface UnnamedOfficial extends Span {
  /** ISO code of his state. */
  country: string;
}

/**
 * All entities of an article, with the one set of lookups by position that every stage uses: each
 * is a binary search over the sorted mentions, never a scan from the start or the end of the
 * article (a 4.5 MB line of cue words made such scans quadratic).
 */
export interface EntityIndex {
  entities: Entity[];
  /** Every mention, sorted by start. */
  mentions: Mention[];
  /** Spans of titles and roles as written (وزير الخارجية، المستشار بالديوان الملكي): not places. */
  titleSpans: Span[];
  /** Unnamed heads of state or government and ministers that no person took, in text order. */
  officials: UnnamedOfficial[];
  /** The first mention that starts within [start, end), or undefined. */
  firstMentionIn(start: number, end: number): Mention | undefined;
  /** The index in `mentions` of the first mention starting at or after `at`. */
  mentionFrom(at: number): number;
  /** The person mention that ends last at or before `pos` (for continuation cues: وأضاف). */
  lastPersonBefore(pos: number): Mention | undefined;
  /** The first person mention starting within [start, end). */
  firstPersonIn(start: number, end: number): Mention | undefined;
}

/** Build an index over a list of entities (mentions are collected and sorted). */
export function buildIndex(entities: Entity[], titleSpans: Span[] = [], officials: UnnamedOfficial[] = []): EntityIndex {
  // (a loop, not flatMap: the same order, so the stable sort gives the same list)
  const mentions: Mention[] = [];
  for (const e of entities) for (const m of e.mentions) mentions.push(m);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const persons = mentions.filter((m) => entities[m.entity].kind === 'person');
  // Sorted by end for "last person ending before": mentions may nest, so ends are sorted apart.
  const byEnd = [...persons].sort((a, b) => a.end - b.end || a.start - b.start);
  return {
    entities,
    mentions,
    titleSpans,
    officials,
    firstMentionIn(start, end) {
      const m = mentions[firstStartingAt(mentions, start)];
      return m && m.start < end ? m : undefined;
    },
    mentionFrom(at) {
      return firstStartingAt(mentions, at);
    },
    lastPersonBefore(pos) {
      const i = lowerBoundByEnd(byEnd, pos + 1) - 1;
      return i >= 0 ? byEnd[i] : undefined;
    },
    firstPersonIn(start, end) {
      const m = persons[firstStartingAt(persons, start)];
      return m && m.start < end ? m : undefined;
    },
  };
}

/** The index's mentions that start in [start, end), in order (two binary searches, one slice). */
export function mentionsIn(index: EntityIndex, start: number, end: number): Mention[] {
  return index.mentions.slice(firstStartingAt(index.mentions, start), firstStartingAt(index.mentions, end));
}

/** Index of the first mention (sorted by start) that starts at or after `pos`; length when none does. */
function firstStartingAt(mentions: readonly Mention[], pos: number): number {
  return lowerBoundByStart(mentions, pos);
}
