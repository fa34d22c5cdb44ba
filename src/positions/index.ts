import type { Doc } from '../document.js';
import type { EntityIndex } from '../entities/model.js';
import type { MeetingFound } from '../meetings/model.js';
import type { Position } from '../types.js';

/** Find stated positions (reported speech and quotes) and attribute each to its holder. */
export function findPositions(_doc: Doc, _entities: EntityIndex, _meetings: MeetingFound[]): Position[] {
  return [];
}
