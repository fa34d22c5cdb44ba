import { describe, expect, it } from 'vitest';
import { skipMeetingOutcome as rule } from '../../../src/meetings/rules/cue-filters.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports no new meeting from the outcome of one (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });

  it('reports the meeting during which something else is presented', () => {
    const text = 'وعرض الوزير سامر الحديدي على رئيس الحكومة كمال الغربي خلال الاجتماع الوزاري نتائج الدراسة.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], cue: 'الاجتماع' }]);
  });
});
