import { describe, expect, it } from 'vitest';
import { relativeClause as rule } from '../../../src/positions/rules/relative-clause.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a relative clause\'s cue to the person named just before (its example)', () => {
    expect(stated(rule.example)).toEqual(['سامر الحديدي: بتسريع مشاريع الطرق']);
    expect(stated(rule.example, [rule.id])).toEqual(['البلديات: بتسريع مشاريع الطرق']);
  });

  it('passes over the cue of a relative clause whose antecedent is a decision', () => {
    const text = 'وأقر المجلس البلدي القرار الذي يطالب الحكومة بتسريع مشاريع الطرق.';
    expect(positions(text).map((p) => p.cue)).not.toContain('يطالب');
    expect(positions(text, [rule.id]).map((p) => p.cue)).toContain('يطالب');
  });
});
