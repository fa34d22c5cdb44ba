import { describe, expect, it } from 'vitest';
import { officialOf as rule } from '../../../src/entities/rules/official-of.js';
import { entities, entity, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives the body of an unnamed official a mention, so that it is a side (its example)', () => {
    expect(entity(rule.example, 'حزب الكتائب اللبنانية')).toMatchObject({ kind: 'organization', country: 'LB', mentions: ['حزب الكتائب اللبنانية'] });
    expect(entity(rule.example, 'حزب الكتائب اللبنانية')?.rules).toContain(rule.id);
    expect(sides(rule.example)).toEqual([['كمال الغربي', 'حزب الكتائب اللبنانية']]);
    expect(sides(rule.example, [rule.id])).toEqual([]);
  });

  it('gives the body no mention where the official is named: the person is the side', () => {
    const text = 'التقى الرئيس كمال الغربي اليوم الأمين العام لحزب الكتائب اللبنانية طلال الحربي في قصر الرئاسة.';
    expect(entities(text).filter((e) => e.kind === 'organization')).toEqual([]);
    expect(entity(text, 'طلال الحربي')).toMatchObject({ organization: 'حزب الكتائب اللبنانية', country: 'LB' });
  });
});
