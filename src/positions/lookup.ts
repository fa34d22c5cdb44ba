import type { EntityIndex, Mention } from '../entities/model.js';
import type { Span } from '../types.js';
import { lowerBound } from '../segment/search.js';

/**
 * Position lookups that stay logarithmic however many cues an article holds: every query from a
 * cue is a binary search, never a scan from the start or the end of the article (a 4.5 MB line of
 * cue words made that quadratic). Built once per article by `buildLookup`.
 */
export interface Lookup {
  /** The first mention that starts within [start, end), or undefined. */
  firstMentionIn(start: number, end: number): Mention | undefined;
  /** The index of the first mention starting at or after `at` in entities.mentions. */
  mentionFrom(at: number): number;
  /** The last person mention that ends at or before `pos`. */
  lastPersonBefore(pos: number): Mention | undefined;
  /** The first person mention starting within [start, end). */
  firstPersonIn(start: number, end: number): Mention | undefined;
  /** The paragraph holding `at`, or undefined. */
  paragraphAt(at: number): Span | undefined;
}

export { lowerBound };

/** Build the lookups over an article's mentions and paragraphs. */
export function buildLookup(entities: EntityIndex, paragraphs: readonly Span[]): Lookup {
  const mentions = entities.mentions;
  const persons = mentions.filter((m) => entities.entities[m.entity].kind === 'person');
  const byStart = persons;
  // Sorted by end for "last person ending before": mentions may nest, so ends are sorted apart.
  const byEnd = [...persons].sort((a, b) => a.end - b.end || a.start - b.start);
  return {
    firstMentionIn(start, end) {
      const m = mentions[lowerBound(mentions, start, (x) => x.start)];
      return m && m.start < end ? m : undefined;
    },
    mentionFrom(at) {
      return lowerBound(mentions, at, (x) => x.start);
    },
    lastPersonBefore(pos) {
      const i = lowerBound(byEnd, pos + 1, (x) => x.end) - 1;
      return i >= 0 ? byEnd[i] : undefined;
    },
    firstPersonIn(start, end) {
      const m = byStart[lowerBound(byStart, start, (x) => x.start)];
      return m && m.start < end ? m : undefined;
    },
    paragraphAt(at) {
      const i = lowerBound(paragraphs, at + 1, (p) => p.start) - 1;
      const p = paragraphs[i];
      return p && at < p.end ? p : undefined;
    },
  };
}
