import { describe, expect, it } from 'vitest';
import { verbAgreesWithHolder as rule, feminineVerb } from '../../../src/positions/rules/verb-agrees-with-holder.js';
import { CUES } from '../../../src/lexicon/cues.js';
import { positions, stated } from '../../rules/read.js';

const entry = (id: string) => CUES.find((c) => c.id === id)!;

describe(rule.id, () => {
  it('gives a feminine verb no male holder (its example)', () => {
    expect(positions(rule.example).map((p) => p.cue)).toEqual(['قال']);
    expect(positions(rule.example, [rule.id]).map((p) => p.holder)).toEqual(['خالد الحديدي', 'خالد الحديدي']);
  });

  it('keeps a feminine verb for a woman, a body, and a masculine verb for a man', () => {
    expect(stated('وقالت الوزيرة سلمى الحديدي إن المشروع سينتهي قريبا. وأضافت أن الأشغال متأخرة.')).toHaveLength(2);
    expect(stated('وقالت وزارة المالية إن العجز سينخفض هذا العام.')[0]).toMatch(/^وزارة المالية: /u);
    expect(stated('وقال المدير خالد الحديدي إن المشروع سينتهي قريبا. وأضاف أن الأشغال متأخرة.')).toHaveLength(2);
  });

  it('reads the feminine singular of regular and irregular verbs only', () => {
    expect(feminineVerb('قالت', entry('qala'))).toBe(true);
    expect(feminineVerb('تقول', entry('qala'))).toBe(true);
    expect(feminineVerb('قال', entry('qala'))).toBe(false);
    expect(feminineVerb('دعت', entry('dajaa'))).toBe(true);
    expect(feminineVerb('تدعو', entry('dajaa'))).toBe(true);
    expect(feminineVerb('لفت', entry('lafata'))).toBe(false);
  });
});

describe(`${rule.id}: a masculine verb`, () => {
  it('gives a masculine verb no female holder', () => {
    const text = 'وقالت الكاتبة سلمى الحديدي إن الرواية جاهزة. ثم قام رجل من الحضور وقال إن الكتاب ممل.';
    expect(stated(text).some((s) => s.startsWith('سلمى الحديدي: الكتاب'))).toBe(false);
    expect(stated(text, [rule.id]).some((s) => s.startsWith('سلمى الحديدي: الكتاب'))).toBe(true);
  });
});

describe(`${rule.id}: names led by عبد`, () => {
  it('reads عبد … with a family name as a man (عبد الله الثني), a bare عبد … as no evidence', () => {
    const text = 'وأعلنت الحكومة برئاسة عبد الكريم الحديدي الترحيب بالاتفاق، وأصدرت بيانا قالت فيه إن الاتفاق خطوة مهمة.';
    expect(stated(text).some((s) => s.startsWith('عبد الكريم الحديدي: الاتفاق خطوة'))).toBe(false);
    expect(stated(text, [rule.id]).some((s) => s.startsWith('عبد الكريم الحديدي: الاتفاق خطوة'))).toBe(true);
  });
});
