import type { Position } from '../../types.js';
import type { Found, PositionRule } from '../model.js';

/**
 * The one overlap policy for positions: a statement inside another of the same holder (or equal
 * to it) is dropped, since the larger one already holds it; the earliest found wins a tie. Sorting
 * by start, longest first, makes one pass enough (no quadratic scan on long inputs). The list
 * comes out in text order.
 */
export const dropContained: PositionRule = {
  id: 'drop-contained',
  stage: 'positions',
  summary: 'a statement inside another of the same holder is dropped (the one overlap policy); positions come out in text order',
  example: 'وقالت وزيرة المالية ليلى الساعدي إنها ترفض أي زيادة في الضرائب على المواد الغذائية.',
  refine(a) {
    a.found = dedupe(a.found);
  },
};

/** The positions, sorted by start (longest first), without those inside an earlier one of the same holder. */
export function dedupe(found: Found[]): Found[] {
  const sorted = found.map((f, i) => ({ f, i })).sort((x, y) => x.f.p.start - y.f.p.start || y.f.p.end - x.f.p.end || x.i - y.i);
  const reach = new Map<Position['holder'], number>();
  const out: Found[] = [];
  for (const { f } of sorted) {
    const r = reach.get(f.p.holder);
    if (r !== undefined && f.p.end <= r) continue;
    reach.set(f.p.holder, Math.max(r ?? 0, f.p.end));
    out.push(f);
  }
  return out;
}
