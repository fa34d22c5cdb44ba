import { describe, expect, it } from 'vitest';
import { unlistedPartyBody as rule } from '../../../src/entities/findBodies.js';
import { entities, entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a movement no lexicon lists, named after وفد, as a body (its example)', () => {
    expect(entity(rule.example, 'حركة العدالة الوطنية')).toMatchObject({ kind: 'organization', rules: [rule.id] });
    expect(entity(rule.example, 'طلال الحربي')?.organization).toBe('حركة العدالة الوطنية');
    expect(entity(rule.example, 'طلال الحربي', [rule.id])?.organization).toBeNull();
  });

  it('reads no body from a movement named without a word of membership', () => {
    const text = 'وتحدث الرئيس كمال الغربي عن حركة العدالة الوطنية.';
    expect(entities(text).filter((e) => e.kind !== 'person')).toEqual([]);
  });
});
