import type { ResolutionBody, Span } from '../types.js';

/**
 * What the words around a resolution number say about who issued it: one of the bodies, or only
 * that it is a UN resolution ("القرار الأممي 2216", "القرار الدولي 2254") without saying which organ.
 */
export type BodyMarker = ResolutionBody | 'UN';

/**
 * One mention of a numbered resolution, as a rule found it, in normalised coordinates. What the
 * text states (`stated`, `year`) is kept apart from what is inferred later (`body`).
 */
export interface ResolutionMention {
  /** Number in ASCII digits, maybe with a slash: 2254, 67/19. */
  number: string;
  /** The body the words around the number name, if any. */
  stated: BodyMarker | null;
  /** The body after inference (table, sentence context); set by inferBody. */
  body: ResolutionBody | null;
  /** The year the text gives ("لسنة 1991", "(2015)"), else null. */
  year: number | null;
  /** The mention: from the head word (القرار، قرار…) to the number, or the number alone in a list. */
  span: Span;
  /** The rule that found it (for --explain and debugging). */
  rule: string;
  /**
   * What else the text says around it, for later rules: `year-lisana` (a year given as "لسنة 2019",
   * the style of domestic law), `session` (a General Assembly session as in "181 (د-2)").
   */
  cues: string[];
}
