import { describe, expect, it } from 'vitest';
import { skipCitedSource as rule } from '../../../src/meetings/rules/cue-filters.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports no meeting from one cited as the source of a text (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });

  it('reports the meeting a statement was issued after', () => {
    const text = 'وصدر بيان مشترك عقب اجتماع الوزير سامر الحديدي ونظيره كمال الغربي في تونس أمس.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], cue: 'اجتماع', location: 'تونس' }]);
  });
});
