import { describe, expect, it } from 'vitest';
import { sideOf as rule } from '../../../src/entities/findBodies.js';
import { entities } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a side named by a country\'s nisba as that country (its example)', () => {
    expect(entities(rule.example).map((e) => [e.kind, e.name, e.country])).toEqual([
      ['country', 'الجانب الأردني', 'JO'],
      ['country', 'الجانب التونسي', 'TN'],
    ]);
    expect(entities(rule.example, [rule.id])).toEqual([]);
  });

  it('reads no country from a side named by another adjective', () => {
    expect(entities('وبحث الجانب الأمني مع الجانب الاقتصادي سبل تعزيز التبادل التجاري.')).toEqual([]);
  });
});
