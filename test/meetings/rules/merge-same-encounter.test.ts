import { describe, expect, it } from 'vitest';
import { mergeSameEncounter as rule } from '../../../src/meetings/rules/merge-same-encounter.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('merges the meetings of the same participants into one, with host, place and date (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([
      { participants: ['كمال الغربي', 'سامر الحديدي'], host: 'كمال الغربي', kind: 'reception', location: 'قصر قرطاج', date: 'اليوم الثلاثاء' },
    ]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(meetings(rule.example, [rule.id])).toHaveLength(2);
  });

  it('keeps meetings with different participants apart', () => {
    const text = 'الرئيس كمال الغربي يلتقي الوزير سامر الحديدي. واستقبل الرئيس كمال الغربي في قصر قرطاج اليوم الثلاثاء الوزير فراس النجار.';
    expect(meetings(text)).toMatchObject([
      { participants: ['كمال الغربي', 'سامر الحديدي'], host: null, location: null },
      { participants: ['كمال الغربي', 'فراس النجار'], host: 'كمال الغربي', location: 'قصر قرطاج' },
    ]);
  });
});
