import { describe, expect, it } from 'vitest';
import { organizationLexicon as rule } from '../../../src/entities/findBodies.js';
import { entities, entity, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a body the organisations lexicon lists (its example)', () => {
    expect(entity(rule.example, 'منظمة الصحة العالمية')).toMatchObject({ kind: 'organization', organization: 'منظمة الصحة العالمية', rules: [rule.id] });
    expect(entities(rule.example, [rule.id])).toEqual([]);
  });

  it('reads no body from a name that only starts like a listed one', () => {
    const text = 'وأعلنت منظمة الصحة المدرسية عن إرسال فريق إلى المنطقة.';
    expect(entities(text)).toEqual([]);
    expect(stated(text)).toEqual(['منظمة الصحة المدرسية: إرسال فريق إلى المنطقة']);
  });
});
