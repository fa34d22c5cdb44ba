import type { Doc } from '../document.js';
import type { EntityIndex } from '../entities/model.js';
import type { MeetingFound } from './model.js';

/** Find the meetings, calls and visits the article reports, with participants, place and date. */
export function findMeetings(_doc: Doc, _entities: EntityIndex): MeetingFound[] {
  return [];
}
