import { describe, expect, it } from 'vitest';
import { countriesAreTheirPeople as rule } from '../../../src/meetings/rules/countries-are-their-people.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('puts the people who stand for the listed countries, at the same place, in their place (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], kind: 'talks', location: 'العقبة', date: 'اليوم' }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(sides(rule.example, [rule.id])).toEqual([['الأردن', 'تونس']]);
  });

  it('leaves the countries where the people meet at another place', () => {
    const text = 'الأردن وتونس تجريان مباحثات اليوم في العقبة. ومن المقرر أن يلتقي وزير الخارجية الأردني سامر الحديدي نظيره التونسي كمال الغربي في سوسة.';
    expect(sides(text)).toEqual([['الأردن', 'تونس']]);
  });

  it('leaves the countries where the people are of other countries', () => {
    const text = 'الأردن وتونس تجريان مباحثات اليوم في العقبة. ومن المقرر أن يلتقي وزير الخارجية المصري سامر الحديدي نظيره الليبي كمال الغربي في العقبة.';
    expect(sides(text)).toEqual([['الأردن', 'تونس']]);
  });
});
