import { describe, expect, it } from 'vitest';
import { descriptionNearName as rule } from '../../../src/entities/link.js';
import { entity, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives an untitled name the office of a body named just before it (its example)', () => {
    expect(entity(rule.example, 'طارق العمري')).toMatchObject({
      roles: ['الأمين العام لجامعة الدول العربية'],
      organization: 'جامعة الدول العربية',
      mentions: ['الأمين العام لجامعة الدول العربية', 'طارق العمري'],
    });
    expect(entity(rule.example, 'طارق العمري')?.rules).toContain(rule.id);
    expect(entity(rule.example, 'طارق العمري', [rule.id])).toMatchObject({ roles: [], organization: null });
  });

  it('leaves the office to its body where the name after it has a title of its own', () => {
    const text = 'وخلال لقائه بالأمين العام لجامعة الدول العربية أكد الوزير طارق العمري دعم المبادرة.';
    expect(entity(text, 'طارق العمري')).toMatchObject({ roles: ['الوزير'], organization: null });
    expect(sides(text)).toEqual([['جامعة الدول العربية', 'طارق العمري']]);
  });
});
