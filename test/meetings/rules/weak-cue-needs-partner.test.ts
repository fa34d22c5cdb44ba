import { describe, expect, it } from 'vitest';
import { weakCueNeedsPartner as rule } from '../../../src/meetings/rules/weak-cue-needs-partner.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports no meeting from a weak cue with no partner word (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'حركة فتح']]);
  });

  it('reports the meeting of a weak cue with مع', () => {
    const text = 'بحث الوزير سامر الحديدي مع وفد من حركة فتح الأوضاع الإقليمية.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'حركة فتح'], kind: 'talks', cue: 'بحث' }]);
  });
});
