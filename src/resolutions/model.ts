import type { Doc } from '../document.js';
import type { RuleInfo } from '../rules.js';
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
  /** The rules that changed it after, in order: the one that gave it its body (see inferBody), a refiner. */
  trail: string[];
  /**
   * What else the text says around it, for later rules: `year-lisana` (a year given as "لسنة 2019",
   * the style of domestic law), `year-brackets` ("(2015)"), `session` (a General Assembly session as
   * in "181 (د-2)"), `arab-league-session` ("د.ع"), `domestic-issuer` ("الصادر عن وزارة …"),
   * `count-noun` ("2041 قنبلة").
   */
  cues: string[];
}

/** A resolution rule: an id, a one-line summary and an invented example it reads (see rules.ts). */
export interface ResolutionRule extends RuleInfo<string> {
  stage: 'resolutions';
}

/** A parser: finds mentions in the article, each carrying the parser's id in `rule`. */
export interface ResolutionParser extends ResolutionRule {
  find(doc: Doc): ResolutionMention[];
}
