import { describe, expect, it } from 'vitest';
import { counterpart as rule } from '../../../src/entities/rules/counterpart.js';
import { entities, entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives the counterpart the country of its nisba (its example)', () => {
    expect(entity(rule.example, 'كمال الغربي')).toMatchObject({ country: 'TN', rules: [rule.id] });
    expect(entity(rule.example, 'كمال الغربي', [rule.id])?.country).toBeNull();
  });

  it('gives a counterpart with no nisba no country, least of all that of the one he meets', () => {
    const text = 'التقى وزير الخارجية الأردني سامر الحديدي نظيره كمال الغربي.';
    expect(entity(text, 'كمال الغربي')).toMatchObject({ country: null, rules: [rule.id] });
  });

  it('reads a two-word name led by a given name in its slot, and lends its office to an elided title after it', () => {
    const text = 'التقى وزير الخارجية المصري سامي عبد الله نظيريه الأردني ناصر الحديدي والسعودي فهد بن سالم في عمان اليوم.';
    expect(entity(text, 'ناصر الحديدي')).toMatchObject({ country: 'JO', roles: ['نظيريه الأردني'] });
    expect(entity(text, 'فهد بن سالم')).toMatchObject({ country: 'SA', rules: ['elided-title'] });
  });

  it('does not read a common word after the given name as a name in its slot', () => {
    const text = 'التقى وزير الخارجية المصري سامي عبد الله نظيره الأردني أمس في عمان.';
    expect(entities(text).filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['سامي عبد الله']);
  });

  it('writes the role without the proclitic of the counterpart word (ونظيره، بنظيره)', () => {
    expect(entity('التقى وزير الخارجية المصري سامي عبد الله ونظيره الأردني ناصر الحديدي أمس.', 'ناصر الحديدي')?.roles).toEqual(['نظيره الأردني']);
    expect(entity('وأشاد وزير الخارجية المصري سامي عبد الله بنظيره الأردني ناصر الحديدي أمس.', 'ناصر الحديدي')?.roles).toEqual(['نظيره الأردني']);
  });

  it('keeps a title of his own as the role, before the counterpart phrase', () => {
    const text = 'التقى الوزير سامي عبد الله نظيره الأردني ناصر الحديدي. وقال وزير الخارجية الأردني ناصر الحديدي إن اللقاء مثمر.';
    expect(entity(text, 'ناصر الحديدي')?.roles).toEqual(['وزير الخارجية الأردني']);
  });
});
