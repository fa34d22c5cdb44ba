import { describe, expect, it } from 'vitest';
import { visitedCountryPlace as rule } from '../../../src/meetings/rules/visited-country-place.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a meeting with no place the country its visitor is visiting (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['كمال الغربي', 'سامر الحديدي'], location: 'الأردن' }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(meetings(rule.example, [rule.id])[0].location).toBeNull();
  });

  it('keeps the place the meeting names itself', () => {
    const text = 'التقى الرئيس كمال الغربي في سوسة الوزير سامر الحديدي الذي يزور تونس حاليا.';
    expect(meetings(text)).toMatchObject([{ location: 'سوسة' }]);
    expect(meetings(text)[0].rules).not.toContain(rule.id);
  });
});
