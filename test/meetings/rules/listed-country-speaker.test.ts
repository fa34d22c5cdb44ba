import { describe, expect, it } from 'vitest';
import { listedCountrySpeaker as rule } from '../../../src/meetings/rules/listed-country-speaker.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('puts the official who speaks of the talks in his listed country\'s place (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'تونس'], kind: 'talks' }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(sides(rule.example, [rule.id])).toEqual([['الأردن', 'تونس']]);
  });

  it('leaves the listed countries where the official is of another country', () => {
    const text = 'الأردن وتونس يجريان مباحثات في سوسة. وأكد وزير الخارجية المصري سامر الحديدي أن الاجتماع يعزز التعاون.';
    expect(sides(text)).toEqual([['الأردن', 'تونس']]);
  });
});
