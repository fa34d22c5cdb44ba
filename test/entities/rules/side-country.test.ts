import { describe, expect, it } from 'vitest';
import { sideCountry as rule } from '../../../src/entities/rules/side-country.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives the people listed after "من الجانب الأردني" that country (its example)', () => {
    expect(entity(rule.example, 'سامر الحديدي')?.country).toBe('JO');
    expect(entity(rule.example, 'كمال الغربي')?.country).toBe('TN');
    expect(entity(rule.example, 'كمال الغربي')?.rules).toContain(rule.id);
    expect(entity(rule.example, 'كمال الغربي', [rule.id])?.country).toBeNull();
  });

  it('gives no country to a person named in the next sentence', () => {
    const text = 'وحضر اللقاء من الجانب الأردني الوزير سامر الحديدي. وقال السفير كمال الغربي إن اللقاء كان مثمرا.';
    expect(entity(text, 'سامر الحديدي')?.country).toBe('JO');
    expect(entity(text, 'كمال الغربي')?.country).toBeNull();
  });
});
