import { describe, expect, it } from 'vitest';
import { countryLexicon as rule } from '../../../src/entities/findBodies.js';
import { entities } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads countries by their names (its example)', () => {
    expect(entities(rule.example).map((e) => [e.kind, e.name, e.country])).toEqual([
      ['country', 'الأردن', 'JO'],
      ['country', 'تونس', 'TN'],
    ]);
    expect(entities(rule.example, [rule.id])).toEqual([]);
  });

  it('reads no country from nisba adjectives', () => {
    expect(entities('وقعت الشركات الأردنية والتونسية اتفاقية للتعاون الزراعي.')).toEqual([]);
  });
});
