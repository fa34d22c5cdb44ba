import { describe, expect, it } from 'vitest';
import { delegation as rule } from '../../../src/entities/findBodies.js';
import { entities, entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a delegation named by its country as a body of that country (its example)', () => {
    expect(entity(rule.example, 'وفدا برلمانيا تونسيا')).toMatchObject({ kind: 'organization', country: 'TN', rules: [rule.id] });
    expect(entity(rule.example, 'كمال الغربي')?.country).toBe('TN');
    expect(entity(rule.example, 'كمال الغربي', [rule.id])?.country).toBeNull();
  });

  it('reads no delegation body where no country is named', () => {
    const text = 'استقبل رئيس البرلمان سامر الحديدي وفدا برلمانيا رفيعا برئاسة كمال الغربي.';
    expect(entities(text).filter((e) => e.kind !== 'person')).toEqual([]);
    expect(entity(text, 'كمال الغربي')?.country).toBeNull();
  });
});
