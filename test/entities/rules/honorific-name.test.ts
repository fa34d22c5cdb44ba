import { describe, expect, it } from 'vitest';
import { honorificName as rule } from '../../../src/entities/rules/given-name.js';
import { entity, people } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads the name after an honorific, an unknown given name included (its example)', () => {
    expect(entity(rule.example, 'زويد بن راشد')).toMatchObject({ kind: 'person', rules: [rule.id] });
    expect(people(rule.example, [rule.id])).toEqual([]);
  });

  it('reads a name of two words led by a given name that is also a common word (صالح، سعيد)', () => {
    expect(entity('وقال الشيخ صالح العمري إن المعرض مهم.', 'صالح العمري')).toMatchObject({ kind: 'person', rules: [rule.id] });
    expect(entity('وينقل الدكتور سعيد الحربي عن مصادره أن المعرض مهم.', 'سعيد الحربي')).toMatchObject({ kind: 'person' });
    expect(people('وشهد الشيخ صالح الأعمال في المعرض.')).toEqual([]);
  });

  it('reads no name where the honorific is followed by a common noun', () => {
    expect(people('واستقبل الشيخ وفدا من رجال الأعمال في مكتبه.')).toEqual([]);
  });

  it('gives the title that ends a form of address as the role, after a fuller office written after the name', () => {
    expect(entity('واستقبل جلالة الملك فهد الثالث في قصره الوزير سامي الحديدي.', 'فهد الثالث')?.roles).toEqual(['الملك']);
    expect(entity('واستقبل فخامة الرئيس زويد بن راشد في مكتبه وفدا من رجال الأعمال.', 'زويد بن راشد')?.roles).toEqual(['الرئيس']);
    expect(entity('واستقبل جلالة الملك فهد الثالث ملك مملكة البحرين في قصره الوزير سامي الحديدي.', 'فهد الثالث')?.roles).toEqual(['ملك مملكة البحرين', 'الملك']);
    // a form of address with no title in it gives none
    expect(entity('واستقبل معالي زويد بن راشد في مكتبه وفدا من رجال الأعمال.', 'زويد بن راشد')?.roles).toEqual([]);
  });
});
