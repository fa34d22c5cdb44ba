import { describe, expect, it } from 'vitest';
import { verbAfterPreposition as rule } from '../../../src/positions/rules/verb-after-preposition.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads رفض after على as a verbal noun, no cue (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['رفض']);
  });

  it('reads رفض as the cue where no preposition stands before it', () => {
    expect(positions('ورفض الوزير كمال الغربي كل تدخل في شؤون القضاء.')).toMatchObject([
      { holder: 'كمال الغربي', cue: 'رفض', statement: 'كل تدخل في شؤون القضاء' },
    ]);
  });
});
