import { describe, expect, it } from 'vitest';
import { qualifiedApposition as rule } from '../../../src/entities/rules/qualified-apposition.js';
import { entity, people } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads the holder set off by commas after a qualified title (its example)', () => {
    expect(entity(rule.example, 'زياد الشامي')).toMatchObject({ roles: ['وزير الخارجية في حكومة الوحدة المعلنة من طرف واحد'], rules: [rule.id] });
    expect(entity(rule.example, 'زياد الشامي', [rule.id])?.roles).toEqual([]);
  });

  it('reads no holder where the comma sets off an adverbial, not a name', () => {
    expect(people('وقال وزير الخارجية في حكومة الوحدة، في مؤتمر صحفي، إن المفاوضات مستمرة.')).toEqual([]);
  });
});
