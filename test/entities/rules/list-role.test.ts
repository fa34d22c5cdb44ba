import { describe, expect, it } from 'vitest';
import { listRole as rule } from '../../../src/entities/rules/list-role.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives the people listed after "مستشاريه، وهم" that role (its example)', () => {
    expect(entity(rule.example, 'سليم العمري')?.roles).toEqual(['مستشاريه']);
    expect(entity(rule.example, 'هاني الزعبي')?.roles).toEqual(['مستشاريه']);
    expect(entity(rule.example, 'هاني الزعبي')?.rules).toContain(rule.id);
    expect(entity(rule.example, 'هاني الزعبي', [rule.id])?.roles).toEqual([]);
  });

  it('gives no role to people named after the advisers without "وهم"', () => {
    const text = 'واجتمع الرئيس كمال الغربي مع عدد من مستشاريه، ثم استقبل الدكتور مازن العمري والمهندس هاني الزعبي.';
    expect(entity(text, 'مازن العمري')?.roles).toEqual([]);
    expect(entity(text, 'هاني الزعبي')?.roles).toEqual([]);
  });
});
