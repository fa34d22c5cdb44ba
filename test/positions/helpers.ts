import { createDoc } from '../../src/document.js';
import { buildIndex, type Entity } from '../../src/entities/model.js';
import type { MeetingFound } from '../../src/meetings/model.js';
import { findPositions } from '../../src/positions/index.js';
import type { Position } from '../../src/types.js';

/** Run findPositions on a text with an optional hand-built entity index and meetings. */
export function positionsOf(text: string, entities: Entity[] = [], meetings: MeetingFound[] = []): Position[] {
  return findPositions(createDoc(text), buildIndex(entities), meetings);
}

/** A person entity with one name mention at the first occurrence of `surface` in the (plain) text. */
export function person(id: number, name: string, text: string, surface = name): Entity {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`${surface} not in text`);
  return {
    id, kind: 'person', name, aliases: [], roles: [], roleKind: null, country: null, organization: null,
    mentions: [{ start, end: start + surface.length, entity: id, type: 'name', rule: 'test' }],
  };
}

/** Assert helper data: the statement, its offsets into the text, and the holder. */
export function view(text: string, p: Position): { holder: string | null; statement: string; slice: string } {
  return { holder: p.holder, statement: p.statement, slice: text.slice(p.start, p.end) };
}
