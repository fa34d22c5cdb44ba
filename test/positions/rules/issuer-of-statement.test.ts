import { describe, expect, it } from 'vitest';
import { issuerOfStatement as rule } from '../../../src/positions/rules/issuer-of-statement.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives "أكدت فيه" to the issuer of the statement (its example)', () => {
    expect(positions(rule.example)).toMatchObject([{ holder: 'رابطة تمثل عشر نقابات مهنية', cue: 'أكدت', statement: 'الأجور لم تعد تكفي' }]);
    expect(positions(rule.example, [rule.id])).toEqual([]);
  });

  it('gives the issuer no position without فيه', () => {
    expect(positions('وأصدرت رابطة تمثل عشر نقابات مهنية بيانا أكدت أن الأجور لم تعد تكفي.')).toEqual([]);
  });
});
