import { describe, expect, it } from 'vitest';
import { reveredFigureCited as rule } from '../../../src/positions/rules/revered-figure-cited.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads no position of a figure cited with a pious formula, and leaves the floor to the speaker (its example)', () => {
    const text = rule.example + ' وأكد أن التغافل قيمة.';
    expect(positions(text).map((p) => p.holder)).toEqual(['سعود الشريم', 'سعود الشريم']);
    expect(positions(text).map((p) => p.statement)).not.toContain('إن الرفق لا يكون في شيء إلا زانه');
  });

  it('drops the prophet cited by title and formula, and keeps a living official', () => {
    expect(positions('وقال النبي صلى الله عليه وسلم: "الدين النصيحة".')).toEqual([]);
    expect(positions('وقال الوزير كمال الغربي إن الحلم مطلوب في الإدارة.')).toMatchObject([{ holder: 'كمال الغربي' }]);
  });
});
