import { describe, expect, it } from 'vitest';
import { elidedTitle as rule } from '../../../src/entities/rules/elided-title.js';
import { entity, people } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a nisba alone after a title as that title of another country (its example)', () => {
    expect(entity(rule.example, 'كمال الغربي')).toMatchObject({ roles: ['وزير الخارجية التونسي'], country: 'TN', rules: [rule.id] });
    expect(entity(rule.example, 'كمال الغربي', [rule.id])).toMatchObject({ roles: [], country: null });
  });

  it('makes no person of a nisba that only describes a noun', () => {
    const text = 'واستقبل وزير الخارجية الأردني، سامر الحديدي، الوفدين الليبي والتونسي، أمس.';
    expect(people(text)).toEqual(['سامر الحديدي']);
  });
});
