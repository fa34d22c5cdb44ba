import { describe, expect, it } from 'vitest';
import { representedSides as rule } from '../../../src/meetings/rules/represented-sides.js';
import { sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('drops the meeting of listed countries whose people met (its example)', () => {
    expect(sides(rule.example)).toEqual([['سامر الحديدي', 'كمال الغربي']]);
    expect(sides(rule.example, [rule.id])).toEqual([
      ['الأردن', 'تونس'],
      ['سامر الحديدي', 'كمال الغربي'],
    ]);
  });

  it('keeps listed countries that no named person stands for', () => {
    const text = 'الأردن وتونس يجريان مباحثات في سوسة. والتقى وزير الخارجية المصري سامر الحديدي نظيره الليبي كمال الغربي.';
    expect(sides(text)).toEqual([
      ['الأردن', 'تونس'],
      ['سامر الحديدي', 'كمال الغربي'],
    ]);
  });
});
