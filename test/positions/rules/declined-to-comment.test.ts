import { describe, expect, it } from 'vitest';
import { declinedToComment as rule } from '../../../src/positions/rules/declined-to-comment.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes no position of declining to be named (its example)', () => {
    expect(positions(rule.example).map((p) => p.cue)).toEqual(['قال']);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toContain('رفض');
  });

  it('makes no position of declining to comment, and keeps a refusal of something', () => {
    expect(positions('وقال الوزير سامر الحديدي إن الاقتصاد بخير. ورفضت الحكومة التعليق على الأمر.').map((p) => p.cue)).not.toContain('رفضت');
    expect(stated('ورفضت وزارة الزراعة الاعتراف بالشهادات الصادرة عن المعهد.')).toEqual(['وزارة الزراعة: الاعتراف بالشهادات الصادرة عن المعهد']);
  });
});
