import type { Doc } from '../document.js';
import { tokenize } from '../segment/tokens.js';
import { buildIndex, type EntityIndex } from './model.js';
import { findPeople } from './findPeople.js';
import { linkPeople } from './link.js';
import { findBodies } from './findBodies.js';
import type { Entity } from './model.js';
import type { Token } from '../segment/tokens.js';
import { capitals, countryNames, countryNisba } from './lexicons.js';
import { MONARCHIES } from '../lexicon/monarchies.js';

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
  // hits are in text order: each mention looks at its ±300-character window by binary search, and
  // the faint weight of the rest of the article comes from whole-article counts
  const total = new Map<string, number>();
  for (const h of hits) total.set(h.iso, (total.get(h.iso) ?? 0) + 1);
  const firstAtOrAfter = (pos: number): number => {
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid].pos < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  lineageCountries(people);
  for (const p of people) {
    if (p.country || p.organization) continue;
    const score = new Map<string, number>();
    for (const [iso, n] of total) score.set(iso, 0.2 * n * p.mentions.length);
    for (const m of p.mentions)
      for (let k = firstAtOrAfter(m.start - 299); k < hits.length && hits[k].pos < m.start + 300; k++) {
        const h = hits[k];
        const d = Math.abs(h.pos - m.start);
        score.set(h.iso, (score.get(h.iso) ?? 0) + (d < 80 ? 2.8 : 0.8));
      }
    let best: string | null = null;
    let bestScore = 0;
    for (const [iso, v] of score) if (v > bestScore && (!p.royal || MONARCHY.has(iso))) [best, bestScore] = [iso, v];
    p.country = best;
  }
}

const MONARCHY = new Set(MONARCHIES);

/**
 * Royals of one house share its country: "الأمير فهد بن عبدالله بن عبدالعزيز" is of the house of
 * "الملك سلمان بن عبدالعزيز آل سعود" when both descend from the same named ancestor (the last
 * word after بن) and the article gives the country of one of them.
 */
function lineageCountries(people: Entity[]): void {
  const ancestor = (p: Entity): string | null => {
    const w = p.words ?? [];
    const k = w.lastIndexOf('بن');
    return k >= 0 && k + 1 < w.length ? w[k + 1] : null;
  };
  const known = new Map<string, string | null>();
  for (const p of people) {
    const a = p.royal && p.country ? ancestor(p) : null;
    if (a) known.set(a, known.has(a) && known.get(a) !== p.country ? null : p.country);
  }
  for (const p of people) {
    const a = p.royal && !p.country && !p.organization ? ancestor(p) : null;
    const iso = a ? known.get(a) : null;
    if (iso) p.country = iso;
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
  const mask = new Uint8Array(doc.norm.length + 1);
  for (const c of covered) mask.fill(1, c.start, c.end);
  const taken = (pos: number): boolean => mask[pos] === 1;
  const bodies = findBodies(doc, tokens, people.length, taken);
  inferCountries(tokens, people);
  return buildIndex([...people, ...bodies]);
}
