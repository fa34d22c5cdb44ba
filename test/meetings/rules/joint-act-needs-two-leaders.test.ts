import { describe, expect, it } from 'vitest';
import { jointActNeedsTwoLeaders as rule } from '../../../src/meetings/rules/joint-act-needs-two-leaders.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports no meeting from a joint act of two ministers of one country (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'طلال الحربي']]);
  });

  it('reports the joint act of ministers of two countries as a meeting', () => {
    const text = 'ووقع وزير المالية الأردني سامر الحديدي ووزير المالية التونسي طلال الحربي اتفاقية للتعاون.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'طلال الحربي'], cue: 'وقع' }]);
  });
});
