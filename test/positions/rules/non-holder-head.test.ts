import { describe, expect, it } from 'vitest';
import { nonHolderHead as rule } from '../../../src/positions/rules/non-holder-head.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes no position of a decision read as a subject (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(stated(rule.example, [rule.id])).toEqual(['القرار الجديد: الضرائب ستخفض على المواد الغذائية']);
  });

  it('makes no position of a study, a finding or an article of law', () => {
    expect(positions('وأظهرت الدراسة أن نصف الطلاب يفضلون التعلم عن بعد.')).toEqual([]);
    expect(positions('وتنص المادة السابعة على أن الانتخابات تجرى كل أربع سنوات.')).toEqual([]);
    // the researcher who speaks of it keeps his position
    expect(stated('وقال الباحث سامر الحديدي إن الدراسة شملت ألف طالب.')).toEqual(['سامر الحديدي: الدراسة شملت ألف طالب']);
  });

  it('keeps a council read as a subject', () => {
    expect(stated('وأكد المجلس الجديد أن الضرائب ستخفض على المواد الغذائية.')).toEqual(['المجلس الجديد: الضرائب ستخفض على المواد الغذائية']);
  });
  it('makes no holder of an intention, idea or decision read as the subject, nor of one who says in general', () => {
    expect(positions('وقالت مصادر محلية إن الطرق مغلقة. وأعلنت الحكومة أمس خطة جديدة، وأكدت فكرة الخطة أن الإصلاح ضروري.').map((p) => p.holder)).not.toContain('فكرة الخطة');
    expect(positions('وفي المقابل يقول قائل إن الحوار لن يحل الأزمة.')).toEqual([]);
  });
  it('makes no holder of a verbal noun that is the object refused or proposed', () => {
    expect(positions('وكانت الوزارة قد تلقت الطلب الشهر الماضي. وترفض منح تأشيرة دخول لابنة الصحفي المعتقل.').map((p) => p.holder)).not.toContain('منح');
  });
});
