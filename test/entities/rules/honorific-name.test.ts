import { describe, expect, it } from 'vitest';
import { honorificName as rule } from '../../../src/entities/rules/given-name.js';
import { entity, people } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads the name after an honorific, an unknown given name included (its example)', () => {
    expect(entity(rule.example, 'زويد بن راشد')).toMatchObject({ kind: 'person', rules: [rule.id] });
    expect(people(rule.example, [rule.id])).toEqual([]);
  });

  it('reads no name where the honorific is followed by a common noun', () => {
    expect(people('واستقبل الشيخ وفدا من رجال الأعمال في مكتبه.')).toEqual([]);
  });
});
