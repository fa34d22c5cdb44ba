import { describe, expect, it } from 'vitest';
import { bodyBetween as rule } from '../../../src/entities/findBodies.js';
import { entities, entity, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads the first side of "بين … و…" as a body (its example)', () => {
    expect(entity(rule.example, 'اللجنة الأهلية في البلدة')).toMatchObject({ kind: 'organization', rules: [rule.id] });
    expect(sides(rule.example)).toEqual([['اللجنة الأهلية في البلدة', 'الجانب التركي']]);
    expect(sides(rule.example, [rule.id])).toEqual([]);
  });

  it('reads no body from "بين" with no second side', () => {
    const text = 'وبحث الاجتماع الخلافات بين اللجنة الأهلية في البلدة حول توزيع المياه.';
    expect(entities(text)).toEqual([]);
  });
});
