import { describe, expect, it } from 'vitest';
import { delegationHead as rule } from '../../../src/entities/rules/delegation-head.js';
import { entity, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives the head of a delegation the body it comes from (its example)', () => {
    expect(entity(rule.example, 'طارق العمري')).toMatchObject({ organization: 'حركة فتح', country: 'PS' });
    expect(entity(rule.example, 'طارق العمري')?.rules).toContain(rule.id);
    expect(sides(rule.example)).toEqual([['كمال الغربي', 'طارق العمري']]);
    expect(entity(rule.example, 'طارق العمري', [rule.id])).toMatchObject({ organization: null, country: null });
  });

  it('gives no body to one who chairs a session the body is only discussed at', () => {
    expect(entity('ناقش مجلس الوزراء برئاسة طارق العمري موقف حركة فتح.', 'طارق العمري')).toMatchObject({ organization: null, country: null });
  });

  it('gives no body to the head of another group named after a comma', () => {
    const text = 'استقبل الرئيس كمال الغربي وفدا من حركة فتح، والتقى لجنة برئاسة طارق العمري.';
    expect(entity(text, 'طارق العمري')).toMatchObject({ organization: null, country: null });
  });
});
