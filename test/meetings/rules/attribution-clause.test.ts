import { describe, expect, it } from 'vitest';
import { attributionClause as rule } from '../../../src/meetings/rules/attribution-clause.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('keeps the one the meeting is attributed to out of its sides (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['كمال الغربي', 'سامر الحديدي'] }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(sides(rule.example, [rule.id])).toEqual([['كمال الغربي', 'سامر الحديدي', 'هاني الزعبي']]);
  });

  it('keeps the sides named after the comma that ends the attribution clause', () => {
    const text = 'وحسبما صرح مصدر رسمي، التقى الرئيس كمال الغربي الوزير سامر الحديدي.';
    expect(sides(text)).toEqual([['كمال الغربي', 'سامر الحديدي']]);
  });
});
