import type { Doc } from '../document.js';
import { tokenize } from '../segment/tokens.js';
import { buildIndex, type EntityIndex } from './model.js';
import { findPeople } from './findPeople.js';
import { linkPeople } from './link.js';
import { findBodies } from './findBodies.js';
import type { Entity } from './model.js';
import type { Token } from '../segment/tokens.js';
import { capitals, countryNames, countryNisba } from './lexicons.js';

/**
 * A person whose own mentions name no country (وزير الخارجية عادل الجبير، ولي العهد) most likely
 * represents the country the article speaks of most around them: count country names, nisba forms
 * and capitals in the sentences near each of their mentions, weighted by closeness. Officials of
 * an international organisation keep no country.
 */
function inferCountries(tokens: Token[], people: Entity[]): void {
  const hits: { pos: number; iso: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const h = countryNisba.match(tokens, i, true) ?? countryNames.match(tokens, i) ?? capitals.match(tokens, i);
    if (h) {
      hits.push({ pos: tokens[i].start, iso: h.value.iso });
      i += h.len - 1;
    }
  }
  for (const p of people) {
    if (p.country || p.organization) continue;
    const score = new Map<string, number>();
    for (const m of p.mentions)
      for (const h of hits) {
        const d = Math.abs(h.pos - m.start);
        score.set(h.iso, (score.get(h.iso) ?? 0) + (d < 80 ? 3 : d < 300 ? 1 : 0.2));
      }
    let best: string | null = null;
    let bestScore = 0;
    for (const [iso, v] of score) if (v > bestScore) [best, bestScore] = [iso, v];
    p.country = best;
  }
}

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
  inferCountries(tokens, people);
  return buildIndex([...people, ...bodies]);
}
