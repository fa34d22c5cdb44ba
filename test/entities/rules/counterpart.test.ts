import { describe, expect, it } from 'vitest';
import { counterpart as rule } from '../../../src/entities/rules/counterpart.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives the counterpart the country of its nisba (its example)', () => {
    expect(entity(rule.example, 'كمال الغربي')).toMatchObject({ country: 'TN', rules: [rule.id] });
    expect(entity(rule.example, 'كمال الغربي', [rule.id])?.country).toBeNull();
  });

  it('gives a counterpart with no nisba no country, least of all that of the one he meets', () => {
    const text = 'التقى وزير الخارجية الأردني سامر الحديدي نظيره كمال الغربي.';
    expect(entity(text, 'كمال الغربي')).toMatchObject({ country: null, rules: [rule.id] });
  });
});
