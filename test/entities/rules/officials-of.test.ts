import { describe, expect, it } from 'vitest';
import { officialsOf as rule } from '../../../src/entities/findBodies.js';
import { entities } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads officials named only by a nisba as their state (its example)', () => {
    expect(entities(rule.example).filter((e) => e.kind === 'country').map((e) => [e.name, e.country])).toEqual([['مسؤولين روس', 'RU']]);
    expect(entities(rule.example, [rule.id]).some((e) => e.kind === 'country')).toBe(false);
  });

  it('reads the plural with the article as well', () => {
    const text = 'وبحث الوزير سامر الحديدي مع المفاوضين الأمريكيين سبل التعاون.';
    expect(entities(text).filter((e) => e.kind === 'country').map((e) => e.country)).toEqual(['US']);
  });

  it('reads no state from a nisba that is also a word, nor one a direction qualifies', () => {
    expect(entities('والتقى الوزير سامر الحديدي المسؤولين الماليين في الوزارة.').some((e) => e.kind === 'country')).toBe(false);
    expect(entities('وعقد الوزير سامر الحديدي محادثات مع مسؤولين كوريين شماليين.').some((e) => e.country === 'KR')).toBe(false);
  });
});
