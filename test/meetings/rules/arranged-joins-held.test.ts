import { describe, expect, it } from 'vitest';
import { arrangedJoinsHeld as rule } from '../../../src/meetings/rules/arranged-joins-held.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('drops a meeting only arranged at another place where one was held (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: 'تونس' }]);
    expect(sides(rule.example, [rule.id])).toEqual([
      ['سامر الحديدي', 'كمال الغربي'],
      ['سامر الحديدي', 'طارق العمري'],
    ]);
  });

  it('joins an arranged meeting at the same place to the one held', () => {
    const text = 'التقى الوزير سامر الحديدي نظيره كمال الغربي في تونس اليوم. ومن المقرر أن يلتقي الوزير سامر الحديدي الرئيس طارق العمري في تونس.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي', 'طارق العمري'], location: 'تونس' }]);
  });

  it('keeps an arranged meeting where none was held', () => {
    const text = 'ومن المقرر أن يلتقي الوزير سامر الحديدي الرئيس طارق العمري في سوسة.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'طارق العمري'], location: 'سوسة' }]);
  });
});
