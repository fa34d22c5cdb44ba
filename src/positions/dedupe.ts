import type { Position } from '../types.js';

/**
 * The one overlap policy for positions: the same statement span with the same holder is kept once
 * (the earliest rule wins); a statement inside another of the same holder is dropped, since the
 * larger one already holds it ("أكد أن … مؤكدا على …" cut into two stays two: they do not overlap).
 */
export function dedupe(positions: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of positions) {
    const dup = out.findIndex((q) => q.holder === p.holder && q.start <= p.start && p.end <= q.end);
    if (dup >= 0) continue;
    const inner = out.findIndex((q) => q.holder === p.holder && p.start <= q.start && q.end <= p.end);
    if (inner >= 0) out.splice(inner, 1);
    out.push(p);
  }
  return out.sort((a, b) => a.start - b.start);
}
