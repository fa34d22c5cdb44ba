import { describe, expect, it } from 'vitest';
import { conditionalCue as rule } from '../../../src/positions/rules/conditional-cue.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads no position from a cue inside a condition (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['أصرت']);
  });

  it('reads إذا and لو as conditions, and a cue after other words as said', () => {
    expect(positions('وإذا رفض الوزير كمال الغربي الخطة فإن الحكومة ستسقط.')).toEqual([]);
    expect(positions('ورفض الوزير كمال الغربي الخطة المقترحة للحكومة.')).toMatchObject([{ holder: 'كمال الغربي', cue: 'رفض' }]);
  });
});
