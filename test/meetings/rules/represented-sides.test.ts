import { describe, expect, it } from 'vitest';
import { representedSides as rule } from '../../../src/meetings/rules/represented-sides.js';
import { sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('drops a body from a meeting where a named person of the article stands for it (its example)', () => {
    expect(sides(rule.example)).toEqual([['سامر الحديدي', 'طلال الحربي']]);
    expect(sides(rule.example, [rule.id])).toEqual([
      ['سامر الحديدي', 'حركة فتح'],
      ['سامر الحديدي', 'طلال الحربي'],
    ]);
  });

  it('keeps a body that no named person stands for', () => {
    const text = 'التقى الوزير سامر الحديدي وفدا من حركة فتح. وفي وقت لاحق التقى الحديدي القيادي في حركة حماس طلال الحربي.';
    expect(sides(text)).toEqual([
      ['سامر الحديدي', 'حركة فتح'],
      ['سامر الحديدي', 'طلال الحربي'],
    ]);
  });
});
