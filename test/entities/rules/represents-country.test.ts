import { describe, expect, it } from 'vitest';
import { representsCountry as rule } from '../../../src/entities/rules/represents-country.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives the one named after "مثّل COUNTRY" that country (its example)', () => {
    expect(entity(rule.example, 'طلال الحربي')).toMatchObject({ roles: ['مندوبه الدائم'], country: 'JO' });
    expect(entity(rule.example, 'طلال الحربي')?.rules).toContain(rule.id);
    expect(entity(rule.example, 'طلال الحربي', [rule.id])?.country).toBeNull();
  });

  it('gives no country to one who only speaks about the country', () => {
    expect(entity('وتحدث عن الأردن في الاجتماع مندوبه الدائم طلال الحربي.', 'طلال الحربي')?.country).toBeNull();
  });

  it('gives no country to one named in the next sentence', () => {
    const text = 'ومثل الأردن في الاجتماع وزير خارجيته. وقال طلال الحربي إن الاجتماع كان مثمرا.';
    expect(entity(text, 'طلال الحربي')?.country).toBeNull();
  });
});
