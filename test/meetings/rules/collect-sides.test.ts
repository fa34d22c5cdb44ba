import { describe, expect, it } from 'vitest';
import { collectSides as rule } from '../../../src/meetings/rules/collect-sides.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes the sides of the entities the sentence names, in order (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: 'عمان' }]);
    expect(meetings(rule.example, [rule.id])).toEqual([]);
  });

  it('counts a side named twice in the sentence once', () => {
    const text = 'التقى الوزير سامر الحديدي نظيره كمال الغربي، ووصف الحديدي اللقاء بالمثمر.';
    expect(sides(text)).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });
});
