import { describe, expect, it } from 'vitest';
import { nameThenTitle as rule } from '../../../src/entities/rules/name-then-title.js';
import { entity, people } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads the name standing right before its title (its example)', () => {
    expect(entity(rule.example, 'تيان جيان')).toMatchObject({ roles: ['السفير الصيني لدى الأردن'], country: 'CN', rules: [rule.id] });
    expect(people(rule.example, [rule.id])).toEqual([]);
  });

  it('reads no name from the words before a title when they are no name', () => {
    expect(people('وقال، بعد اللقاء السفير الصيني لدى الأردن، إن بلاده تدعم الحوار.')).toEqual([]);
  });
});
