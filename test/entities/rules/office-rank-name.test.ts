import { describe, expect, it } from 'vitest';
import { officeRankName as rule } from '../../../src/entities/rules/office-rank-name.js';
import { entity, people } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives the name both the office and the rank before it (its example)', () => {
    expect(entity(rule.example, 'طارق الخالدي')).toMatchObject({ roles: ['قائد الجيش', 'اللواء'], rules: [rule.id] });
    expect(entity(rule.example, 'طارق الخالدي', [rule.id])?.roles).toEqual(['اللواء']);
  });

  it('does not give the office to a person named after another title joined by و', () => {
    const text = 'وحضر قائد الجيش والوزير طارق الخالدي حفل التخريج.';
    expect(entity(text, 'طارق الخالدي')?.roles).toEqual(['الوزير']);
  });

  it('reads no person where the rank is followed by no name', () => {
    expect(people('وحضر قائد الجيش اللواء المتقاعد حفل التخريج.')).toEqual([]);
  });

  it('reads an office whose body starts inside the lexicon\'s title form and runs past it (قائد الجيش + الجيش الوطني الليبي)', () => {
    expect(entity('التقى قائد الجيش الوطني الليبي المشير خالد الفارس الوفد.', 'خالد الفارس')).toMatchObject({ roles: ['قائد الجيش الوطني الليبي', 'المشير'], organization: 'الجيش الوطني الليبي' });
  });
});
