import { describe, expect, it } from 'vitest';
import { verbalNounAfterOr as rule } from '../../../src/positions/rules/verbal-noun-after-or.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads رفض after أو as a verbal noun, no cue (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['رفض']);
  });

  it('reads ورفض as the cue', () => {
    const text = 'وتقدم المزارعون بطلبات الدعم، ورفض الوزير كمال الغربي أن تصرف التعويضات قبل الموسم.';
    expect(positions(text)).toMatchObject([{ holder: 'كمال الغربي', cue: 'رفض', statement: 'تصرف التعويضات قبل الموسم' }]);
  });
});
