import { describe, expect, it } from 'vitest';
import { referringGloss as rule } from '../../../src/positions/rules/referring-gloss.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads "في إشارة إلى" as the writer\'s gloss, no claim (its example)', () => {
    expect(positions(rule.example).map((p) => p.cue)).toEqual(['انتقد']);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['انتقد', 'إشارة']);
  });

  it('reads "وأشار إلى" as a claim of the speaker', () => {
    const text = 'وانتقد النائب رائد الكبيسي «الجهات التي تعطل المشروع»، وأشار إلى أن وزارة المالية لم تصرف المخصصات.';
    expect(positions(text)).toMatchObject([
      { holder: 'رائد الكبيسي', cue: 'انتقد' },
      { holder: 'رائد الكبيسي', cue: 'أشار', statement: 'أن وزارة المالية لم تصرف المخصصات' },
    ]);
  });
});
