import { describe, expect, it } from 'vitest';
import { skipDemonstrativeReference as rule } from '../../../src/meetings/rules/cue-filters.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports no new meeting from "هذا اللقاء" (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });

  it('reports the meeting where the demonstrative goes with another word (هذا الأسبوع)', () => {
    const text = 'وعقد الوزير سامر الحديدي ونظيره كمال الغربي هذا الأسبوع لقاء في تونس.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], cue: 'لقاء', location: 'تونس' }]);
  });
});
