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

  it('reads the one who met from the sentence before where the cue is a pronoun and its sentence names no side', () => {
    const text = 'دعا وزير الصحة سامر الحديدي إلى تسريع العمل في المستشفيات الجديدة. وشدد خلال اجتماعه أمس بمديري المناطق الصحية على أهمية الجودة.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي'], kind: 'meeting', date: 'أمس', rules: [rule.id, 'pronoun-cue-subject'] }]);
    // a visit of his with no one named is where he went, not a meeting of the one before
    expect(meetings('دعا وزير الصحة سامر الحديدي إلى تسريع العمل. وخلال زيارته أمس تفقد أقسام المستشفى.')).toEqual([]);
  });
});
