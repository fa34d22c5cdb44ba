import type { Doc } from '../document.js';
import { tokenize } from '../segment/tokens.js';
import { buildIndex, type EntityIndex } from './model.js';
import { findPeople } from './findPeople.js';
import { linkPeople } from './link.js';
import { findBodies } from './findBodies.js';

/**
 * Find every person, organisation and country the article names, with their mentions linked.
 * People first (titles and names), then bodies in the text the people's mentions leave free, so
 * that "الأمين العام لجامعة الدول العربية" stays a role and not a second mention of the League.
 */
export function findEntities(doc: Doc): EntityIndex {
  const tokens = tokenize(doc.norm);
  const raws = findPeople(tokens, doc.norm);
  const people = linkPeople(doc, tokens, raws, 0);
  const covered: { start: number; end: number }[] = [];
  for (const r of raws) {
    if (r.name) covered.push(r.name);
    if (r.title) covered.push({ start: r.title.start, end: r.title.end });
  }
  const taken = (pos: number): boolean => covered.some((s) => pos >= s.start && pos < s.end);
  const bodies = findBodies(doc, tokens, people.length, taken);
  return buildIndex([...people, ...bodies]);
}
