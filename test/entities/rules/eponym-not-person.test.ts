import { describe, expect, it } from 'vitest';
import { eponymNotPerson as rule } from '../../../src/entities/rules/eponym-not-person.js';
import { people } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a title and name after an institution noun as the institution\'s name (its example)', () => {
    expect(people(rule.example)).toEqual(['سامر الحديدي']);
    expect(people(rule.example, [rule.id])).toContain('فهد');
  });

  it('reads them so after a proclitic (بجامعة، لمستشفى) and after برنامج', () => {
    expect(people('وقال الباحث بجامعة الملك سعود الدكتور سامر الحديدي إن النتائج مشجعة.')).toEqual(['سامر الحديدي']);
    expect(people('وانضم الطلاب إلى برنامج الأمير فيصل للمنح.')).toEqual([]);
  });

  it('keeps a person whose seat or office it is, or who is at a place with the article', () => {
    expect(people('وزار الوفد مكتب الأمير فيصل بن خالد أمس.')).toEqual(['فيصل بن خالد']);
    expect(people('وكان في استقباله بالمطار الأمير فيصل بن خالد.')).toEqual(['فيصل بن خالد']);
  });
});
