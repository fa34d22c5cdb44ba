import { describe, expect, it } from 'vitest';
import { readCueTime as rule } from '../../../src/meetings/rules/cue-time.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a meeting only arranged as such, so that the meeting held is the news (its example)', () => {
    expect(sides(rule.example)).toEqual([['سامر الحديدي', 'كمال الغربي']]);
    expect(sides(rule.example, [rule.id])).toEqual([
      ['سامر الحديدي', 'كمال الغربي'],
      ['طارق العمري', 'فراس النجار'],
    ]);
  });

  it('marks an arranged meeting dated to the report\'s days as no arrangement', () => {
    const text = 'التقى الوزير سامر الحديدي نظيره كمال الغربي في تونس اليوم. ومن المقرر أن يلتقي الرئيس طارق العمري الوزير فراس النجار في سوسة اليوم.';
    const found = meetings(text);
    expect(found.map((m) => m.participants)).toEqual([
      ['سامر الحديدي', 'كمال الغربي'],
      ['طارق العمري', 'فراس النجار'],
    ]);
    expect(found[1].rules).not.toContain(rule.id);
  });
});
