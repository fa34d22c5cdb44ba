import { describe, expect, it } from 'vitest';
import { writtenOrganization as rule } from '../../../src/entities/rules/written-organization.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('names a person\'s body as the article writes it where the article names the body (its example)', () => {
    expect(entity(rule.example, 'محمد الصغير')).toMatchObject({ organization: 'الحوثيون', country: 'YE' });
    expect(entity(rule.example, 'محمد الصغير')?.rules).toContain(rule.id);
    // switched off, the body is as its title writes it
    expect(entity(rule.example, 'محمد الصغير', [rule.id])?.organization).toBe('الحوثيين');
  });

  it('keeps the title\'s form where the article names the body only in the title', () => {
    const text = 'وقال الناطق باسم الحوثيين مازن الخطيب إن الجماعة ترحب بالمبادرة.';
    expect(entity(text, 'مازن الخطيب')).toMatchObject({ organization: 'الحوثيين', country: 'YE' });
    expect(entity(text, 'مازن الخطيب')?.rules).not.toContain(rule.id);
  });
});
