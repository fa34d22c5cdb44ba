import { describe, expect, it } from 'vitest';
import { skipBackground as rule } from '../../../src/meetings/rules/skip-background.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('leaves out a meeting told in the pluperfect (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });

  it('reports a pluperfect meeting dated to the report\'s days (أمس)', () => {
    const text = 'وكان الوزير سامر الحديدي قد التقى نظيره التونسي كمال الغربي في روما أمس.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: 'روما', date: 'أمس' }]);
  });
});
