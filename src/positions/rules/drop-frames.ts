import { lowerBound } from '../../segment/search.js';
import type { Found, PositionRule } from '../model.js';
import { FRAME_REACH } from './shared.js';

/**
 * Statements that only carry someone else's: "وأوضح المتحدث أن الوزير X أعرب عن…" is X's position,
 * not the spokesman's (the inner cue has its subject before it, near the outer start); and a cue
 * inside a direct quotation ("قال: «نرفض…»") is part of the quoted words, not a new position. Both
 * tests are binary searches over the positions sorted by start.
 */
export const dropFrames: PositionRule = {
  id: 'drop-frames',
  stage: 'positions',
  summary: 'a statement that frames another\'s (أوضح أن الوزير X أعرب …) and a cue inside a quotation make no position',
  example: 'وأوضح مدير المكتب هاني الزعبي أن الوزير كمال الغربي أعرب عن ارتياحه لنتائج الموسم الزراعي.',
  refine(a) {
    const drop = framesAndQuoted(a.found);
    a.found = a.found.filter((f) => !drop.has(f));
  },
};

/** The positions to drop: those whose cue lies in a quotation, and the frames of an inner subject-first cue. */
function framesAndQuoted(found: Found[]): Set<Found> {
  const byStart = [...found].sort((x, y) => x.p.start - y.p.start);
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
  return drop;
}
