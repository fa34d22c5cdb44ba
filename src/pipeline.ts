import { createDoc, type Doc } from './document.js';
import { findEntities } from './entities/index.js';
import { findMeetings } from './meetings/index.js';
import { findPositions } from './positions/index.js';
import { findResolutions } from './resolutions/index.js';
import { assemble } from './assemble.js';
import type { EntityIndex } from './entities/model.js';
import type { Summary, SummarizeOptions } from './types.js';

/** Everything the stages made of one article: the document, the entity layer and the summary. */
export interface Analysis {
  doc: Doc;
  entities: EntityIndex;
  summary: Summary;
}

/**
 * The ordered stage list. Order matters:
 * 1. createDoc normalises once, splits sentences, tokenises and matches every lexicon; every later
 *    stage reads it.
 * 2. findEntities finds people (anchored by titles, honorifics, cues), organisations and countries
 *    and links aliases and descriptions to them: meetings and positions both need its index.
 * 3. findMeetings picks, among the entities, who took part (participants) and where and when.
 * 4. findPositions attributes statements to entities; it runs after meetings so that joint
 *    statements (الجانبان) resolve to the meeting's participants.
 * 5. findResolutions is independent of the others.
 * 6. assemble maps normalised spans back to the original text and builds the contract object.
 */
export function analyze(text: string, options: SummarizeOptions = {}): Analysis {
  const doc = createDoc(text, { disabled: options.disabledRules });
  const entities = findEntities(doc);
  const meetings = findMeetings(doc, entities);
  const positions = findPositions(doc, entities, meetings);
  const resolutions = findResolutions(doc);
  return { doc, entities, summary: assemble(doc, entities, meetings, positions, resolutions) };
}

/** The summary of one article (see analyze). */
export function runPipeline(text: string, options: SummarizeOptions = {}): Summary {
  return analyze(text, options).summary;
}
