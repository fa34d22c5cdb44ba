import type { Position } from '../types.js';
import { lowerBound } from '../segment/search.js';

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

/** A position with the original offset of its cue word (kept apart from the contract's fields). */
export interface Found {
  p: Position;
  cueAt: number;
  /** The statement in normalised coordinates. */
  span: { start: number; end: number };
  /** The cue's start in normalised coordinates (the quotation mark for a cue-less quotation). */
  cue: number;
}

// How near the start of a reported statement an inner cue must be for the statement to be a mere frame.
export const FRAME_REACH = 80;

/**
 * Drop statements that only carry someone else's: "وأوضح المتحدث أن الرئيس X أعرب عن…" is X's
 * position, not the spokesman's (the inner cue has its subject before it, near the outer start);
 * and a cue inside a direct quote ("قال: «نرفض…»") is part of the quoted words, not a new position.
 * Both tests are binary searches over the positions sorted by start.
 */
export function dropFrames(found: Found[]): Position[] {
  const byStart = [...found].sort((a, b) => a.p.start - b.p.start);
  const quotes = byStart.filter((f) => f.p.quote);
  // Running maximum of quote ends, so "some quote starting at or before c ends after c" is one lookup.
  const reach: number[] = [];
  for (const q of quotes) reach.push(Math.max(reach[reach.length - 1] ?? -1, q.p.end));
  const drop = new Set<Found>();
  for (const f of found) {
    const qi = lowerBound(quotes, f.cueAt + 1, (q) => q.p.start) - 1;
    // A statement starts after its own cue, so a quote holding the cue is another position's.
    if (qi >= 0 && reach[qi] > f.cueAt) drop.add(f);
    if (!f.p.rule.endsWith('/before')) continue;
    for (let i = lowerBound(byStart, f.cueAt + 1, (x) => x.p.start) - 1; i >= 0 && f.cueAt - byStart[i].p.start < FRAME_REACH; i--) {
      const outer = byStart[i];
      if (outer !== f && outer.p.end > f.cueAt) drop.add(outer);
    }
  }
  return found.filter((f) => !drop.has(f)).map((f) => f.p);
}
