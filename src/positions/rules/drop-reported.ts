import { lowerBound } from '../../segment/search.js';
import type { PositionRule } from '../model.js';

/**
 * A spokesman's or a statement's report that holds another position ("قال المتحدث إن الوزير
 * أكد…") is not a position of its own: the inner one is.
 */
export const dropReported: PositionRule = {
  id: 'drop-reported',
  stage: 'positions',
  summary: 'a spokesman\'s or statement\'s report holding another position is dropped for the inner one',
  example: 'وقال المتحدث باسم وزارة الزراعة هاني الزعبي إن الحكومة ستدرس طلبات المزارعين كما أكد الوزير كمال الغربي أن الدعم سيصل قبل الموسم.',
  refine(a) {
    const starts = a.found.map((f) => f.p.start).sort((x, y) => x - y);
    a.found = a.found.filter(({ p }) => !(p.rule.endsWith('/spokesman') || p.rule.endsWith('/issuer')) || !startsWithin(starts, p.start + 1, p.end));
  },
};

/** True when some value of the sorted array lies in [from, to). */
function startsWithin(sorted: number[], from: number, to: number): boolean {
  const lo = lowerBound(sorted, from, (x) => x);
  return lo < sorted.length && sorted[lo] < to;
}
