import { describe, expect, it } from 'vitest';
import { listedName as rule } from '../../../src/entities/rules/listed-name.js';
import { entity, people, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a title word that is a given name as the start of a listed name (its example)', () => {
    expect(entity(rule.example, 'سلطان المري')).toMatchObject({ kind: 'person', roles: [], rules: [rule.id] });
    expect(sides(rule.example)).toEqual([['فراس النجار', 'سلطان المري', 'منصور الحربي']]);
    expect(people(rule.example, [rule.id])).not.toContain('سلطان المري');
  });

  it('leaves the word a title outside a list of names', () => {
    const text = 'وقال سلطان البلاد مازن الخطيب إن الحوار مستمر.';
    expect(entity(text, 'مازن الخطيب')?.roles).toEqual(['سلطان البلاد']);
    expect(people(text).some((n) => n.startsWith('سلطان'))).toBe(false);
  });
});
