import { describe, expect, it } from 'vitest';
import { summit as rule } from '../../../src/meetings/rules/summit.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes a summit told with no one named a meeting of those named at it (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['طارق العمري', 'كمال الغربي'], kind: 'summit', location: 'نواكشوط', rules: [rule.id] }]);
    expect(meetings(rule.example, [rule.id])).toEqual([]);
  });

  it('makes no summit meeting where the article reports a meeting of two sides at it', () => {
    const text = 'اختتمت القمة العربية أعمالها في مدينة نواكشوط. والتقى الملك طارق العمري الرئيس كمال الغربي على هامش القمة.';
    expect(meetings(text)).toMatchObject([{ participants: ['طارق العمري', 'كمال الغربي'], kind: 'meeting', cue: 'التقى' }]);
  });
});
