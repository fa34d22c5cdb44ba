import { describe, expect, it } from 'vitest';
import { meetsAGroup as rule } from '../../../src/meetings/rules/meets-a-group.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports an official meeting an unnamed group (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي'], kind: 'meeting', date: 'اليوم', rules: [rule.id] }]);
    expect(meetings(rule.example, [rule.id])).toEqual([]);
  });

  it('reports a reception of a group, the official its host', () => {
    const text = 'واستقبل محافظ المدينة سامر الحديدي أمس عددا من رجال الأعمال لبحث فرص الاستثمار.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي'], host: 'سامر الحديدي', kind: 'reception', date: 'أمس' }]);
  });

  it('reports no meeting a person only speaks of, nor one with no group named', () => {
    expect(meetings('وقال الوزير سامر الحديدي إن الاجتماع مع ممثلي النقابات كان مثمرا.')).toEqual([]);
    expect(meetings('واجتمع وزير التعليم سامر الحديدي اليوم لبحث خطة العام الدراسي.')).toEqual([]);
  });

  it('reports no meeting for an untitled name far from the cue', () => {
    const text = 'ونشر سامر الحديدي صورا من المعرض الذي افتتح أمس في قاعة المدينة بعد اجتماع مع ممثلي الشركات العارضة.';
    expect(meetings(text)).toEqual([]);
  });
});
