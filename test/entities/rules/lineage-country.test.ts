import { describe, expect, it } from 'vitest';
import { lineageCountry as rule } from '../../../src/entities/rules/lineage-country.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a royal the country of a royal of the same named ancestor (its example)', () => {
    expect(entity(rule.example, 'مازن بن طلال بن فيصل')).toMatchObject({ roles: ['الأمير'], country: 'JO' });
    expect(entity(rule.example, 'مازن بن طلال بن فيصل')?.rules).toContain(rule.id);
    expect(entity(rule.example, 'مازن بن طلال بن فيصل', [rule.id])?.country).not.toBe('JO');
  });

  it('gives no country to a royal of another ancestor', () => {
    const text = 'التقى الملك الأردني سالم بن فيصل الرئيس التونسي كمال الغربي. وحضر الأمير مازن بن طلال بن سعد حفل الافتتاح.';
    expect(entity(text, 'مازن بن طلال بن سعد')?.country).toBeNull();
  });
});
