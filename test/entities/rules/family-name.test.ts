import { describe, expect, it } from 'vitest';
import { familyNameAlias as rule } from '../../../src/entities/link.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads the family name alone as an alias of the one person bearing it (its example)', () => {
    expect(entity(rule.example, 'سامر الحديدي')).toMatchObject({ aliases: ['الحديدي'], mentions: ['سامر الحديدي', 'الحديدي'] });
    expect(entity(rule.example, 'سامر الحديدي')?.rules).toContain(rule.id);
    expect(entity(rule.example, 'سامر الحديدي', [rule.id])?.aliases).toEqual([]);
  });

  it('gives the family name to neither of two people who bear it', () => {
    const text = 'التقى الوزير سامر الحديدي النائب مازن الحديدي. وقال الحديدي إن اللقاء كان مثمرا.';
    expect(entity(text, 'سامر الحديدي')?.aliases).toEqual([]);
    expect(entity(text, 'مازن الحديدي')?.aliases).toEqual([]);
  });

  it('reads a Korean or Chinese family name, written first, as the alias; not before words of another name', () => {
    const text = 'التقى الرئيس الكوري الجنوبي مون جيه إن الزعيم الكوري الشمالي كيم جونغ أون. وقال مون إن اللقاء كان تاريخيا، وأكد كيم أن بلاده ملتزمة بالسلام.';
    expect(entity(text, 'مون جيه إن')).toMatchObject({ aliases: ['مون'] });
    expect(entity(text, 'كيم جونغ أون')).toMatchObject({ aliases: ['كيم'] });
    // "كيم سو هيون" is someone else: the family name is not the leader's alias there
    const other = 'وصل الزعيم الكوري الشمالي كيم جونغ أون إلى بكين. وقال كيم سو هيون المسؤول في وزارة الخارجية إن الزيارة مهمة.';
    expect(entity(other, 'كيم جونغ أون')?.mentions).toEqual(['كيم جونغ أون']);
  });
});
