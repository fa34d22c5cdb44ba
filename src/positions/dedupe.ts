import type { Position } from '../types.js';

/**
 * The one overlap policy for positions: a statement inside another of the same holder (or equal to
 * it) is dropped, since the larger one already holds it; the earliest rule wins a tie. Sorting by
 * start, longest first, makes one pass enough (no quadratic scan on long inputs).
 */
export function dedupe(positions: Position[]): Position[] {
  const sorted = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p.start - b.p.start || b.p.end - a.p.end || a.i - b.i);
  const reach = new Map<string | null, number>();
  const out: Position[] = [];
  for (const { p } of sorted) {
    const r = reach.get(p.holder);
    if (r !== undefined && p.end <= r) continue;
    reach.set(p.holder, Math.max(r ?? 0, p.end));
    out.push(p);
  }
  return out;
}
