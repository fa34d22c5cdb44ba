import { describe, expect, it } from 'vitest';
import { viaPreposition as rule } from '../../../src/positions/rules/via-preposition.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads عبر before a medium as "via", not the verb عبّر (its example)', () => {
    expect(positions(rule.example).map((p) => p.holder)).toEqual(['سامر الحديدي']);
    expect(positions(rule.example, [rule.id]).map((p) => p.holder)).toContain('حسابه على تويتر');
  });

  it('reads عبر with no عن as no cue, and keeps the verb with عن or عنه', () => {
    const text = 'وقال الوزير سامر الحديدي إن الإصلاح مستمر. وشدد على أهمية العمل عبر اختيار الكفاءات بعيدا عن التعصب والمحسوبية في التعيينات.';
    expect(positions(text).map((p) => p.cue)).not.toContain('عبر');
    expect(stated('وعبر الوزير سامر الحديدي عن قلقه من تدهور الأوضاع في المنطقة.')).toEqual(['سامر الحديدي: قلقه من تدهور الأوضاع في المنطقة']);
    expect(positions('وهذا ما عبر عنه الوزير سامر الحديدي: "لن نتراجع عن خطة الإصلاح مهما كانت الصعوبات أمامنا".').map((p) => p.cue)).toContain('عبر');
  });
});
