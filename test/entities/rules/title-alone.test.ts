import { describe, expect, it } from 'vitest';
import { titleAlone as rule } from '../../../src/entities/rules/title-alone.js';
import { entity, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a title with no name as a description of the person it means (its example)', () => {
    expect(entity(rule.example, 'سامر الحديدي')).toMatchObject({ roles: ['الوزير', 'الوزير الأردني'], country: 'JO' });
    expect(entity(rule.example, 'سامر الحديدي')?.mentions).toEqual(['سامر الحديدي', 'الوزير الأردني']);
    expect(stated(rule.example)).toEqual(['سامر الحديدي: اللقاء كان مثمرا']);
    expect(entity(rule.example, 'سامر الحديدي', [rule.id])?.mentions).toEqual(['سامر الحديدي']);
  });

  it('reads no description from a body named by its nisba (الوزارة الأردنية)', () => {
    const text = 'والتقى الوزير سامر الحديدي الرئيس كمال الغربي. وقالت الوزارة الأردنية إن اللقاء كان مثمرا.';
    expect(entity(text, 'سامر الحديدي')).toMatchObject({ roles: ['الوزير'], country: null, mentions: ['سامر الحديدي'] });
    expect(stated(text)).toEqual(['الوزارة الأردنية: اللقاء كان مثمرا']);
  });
});
