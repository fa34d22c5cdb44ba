import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATE_RE, findDate } from '../../src/meetings/when.js';

/** findDate without its gate: DATE_RE over the span alone. */
function byRegex(norm: string, start: number, end: number): string | null {
  DATE_RE.lastIndex = 0;
  const m = DATE_RE.exec(norm.slice(start, end));
  return m ? m[0] : null;
}

describe('findDate', () => {
  it('finds what DATE_RE finds in the span (its gate passes over no date)', () => {
    const word = fc.constantFrom('صباح', 'اليوم', 'امس', 'اول', 'من', 'غدا', 'الليله', 'يوم', 'الجمعه', 'السبت', 'الماضي', '10', '5', 'و6', 'مايو', 'تشرين', 'الاول', 'الجاري', '2015', 'وزير', 'قال', '(', ')', 'الاحدث', 'بالامس');
    const text = fc.array(word, { maxLength: 8 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(text, fc.nat(3), (norm, cut) => {
        const start = Math.min(cut, norm.length);
        const d = findDate(norm, { start, end: norm.length });
        expect(d ? norm.slice(d.span.start, d.span.end) : null).toBe(byRegex(norm, start, norm.length));
      }),
      { numRuns: 3000 },
    );
  });
});
