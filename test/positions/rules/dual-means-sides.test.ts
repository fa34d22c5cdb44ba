import { describe, expect, it } from 'vitest';
import { dualMeansSides as rule } from '../../../src/positions/rules/dual-means-sides.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a dual verb with no subject to the sides of the meeting (its example)', () => {
    expect(positions(rule.example)).toMatchObject([{ holder: 'كمال الغربي', cue: 'أكدا', statement: 'أهمية التعاون في مجال الطاقة' }]);
    expect(positions(rule.example)[0].rules).toContain(rule.id);
    expect(positions(rule.example, [rule.id])[0].holder).toBe('سامر الحديدي');
  });

  it('gives a singular verb to the one named last, not to the sides', () => {
    const text = 'واستقبل الرئيس كمال الغربي الوزير سامر الحديدي في قصر الرئاسة. وأكد على أهمية التعاون في مجال الطاقة.';
    expect(positions(text)).toMatchObject([{ holder: 'سامر الحديدي', cue: 'أكد' }]);
    expect(positions(text)[0].rules).not.toContain(rule.id);
  });
});
