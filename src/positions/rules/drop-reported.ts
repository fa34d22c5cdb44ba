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
    // the statements' starts, sorted at the first report (a typed array sorts numbers natively, not
    // through a comparator called n log n times)
    let starts: Float64Array | undefined;
    a.found = a.found.filter(({ p }) => {
      if (!(p.rule.endsWith('/spokesman') || p.rule.endsWith('/issuer'))) return true;
      starts ??= Float64Array.from(a.found, (f) => f.p.start).sort();
      return !startsWithin(starts, p.start + 1, p.end);
    });
  },
};

/** True when some value of the ascending array lies in [from, to) (binary search). */
function startsWithin(sorted: Float64Array, from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < to;
}
