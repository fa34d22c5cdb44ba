import { describe, expect, it } from 'vitest';
import { familyNameAlias as rule } from '../../../src/entities/link.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads the family name alone as an alias of the one person bearing it (its example)', () => {
    expect(entity(rule.example, 'سامر الحديدي')).toMatchObject({ aliases: ['الحديدي'], mentions: ['سامر الحديدي', 'الحديدي'] });
    expect(entity(rule.example, 'سامر الحديدي')?.rules).toContain(rule.id);
    expect(entity(rule.example, 'سامر الحديدي', [rule.id])?.aliases).toEqual([]);
  });

  it('gives the family name to neither of two people who bear it', () => {
    const text = 'التقى الوزير سامر الحديدي النائب مازن الحديدي. وقال الحديدي إن اللقاء كان مثمرا.';
    expect(entity(text, 'سامر الحديدي')?.aliases).toEqual([]);
    expect(entity(text, 'مازن الحديدي')?.aliases).toEqual([]);
  });
});
