import { describe, expect, it } from 'vitest';
import { representedSides as rule } from '../../../src/meetings/rules/represented-sides.js';
import { meetings, sides } from '../../rules/read.js';

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

  it('reads listed countries that each have their person among the sides as those persons', () => {
    const text = 'الأردن وتونس يجريان مباحثات في عمان حول التعاون الاقتصادي بين وزير الخارجية الأردني سامر الحديدي ونظيره التونسي كمال الغربي.';
    expect(meetings(text).map((m) => m.participants)).toEqual([['سامر الحديدي', 'كمال الغربي']]);
    // one listed state with no person of its own keeps the list whole
    const three = 'الأردن وتونس والعراق يجرون مباحثات في عمان حول التعاون الاقتصادي بين وزير الخارجية الأردني سامر الحديدي ونظيره التونسي كمال الغربي.';
    expect(meetings(three)[0].participants).toEqual(['الأردن', 'تونس', 'العراق', 'سامر الحديدي', 'كمال الغربي']);
  });

  it("drops a body's own meeting once a person of the article stands for the body, leaving no meeting without sides", () => {
    const text = 'ويبحث وزراء خارجية الاتحاد الأفريقي اليوم خلال اجتماعهم في نيروبي سبل دعم السلام. والتقى رئيس مفوضية الاتحاد الأفريقي موسى الحديدي وزير الخارجية الكيني كمال الغربي.';
    expect(meetings(text).map((m) => m.participants)).toEqual([['موسى الحديدي', 'كمال الغربي']]);
  });
});
