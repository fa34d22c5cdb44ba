import { describe, expect, it } from 'vitest';
import { describesIndefiniteNoun as rule } from '../../../src/positions/rules/describes-indefinite-noun.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a present verb after an indefinite noun as describing it, no claim (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(stated(rule.example, [rule.id])).toEqual(['السكان: بإدراجها في خطة العام المقبل']);
  });

  it('reads the present verb as a claim where it opens its sentence', () => {
    const text = 'وقال النائب رائد الكبيسي إن المجلس ناقش مقترحات. يطالب السكان بإدراجها في خطة العام المقبل.';
    expect(stated(text)).toContain('السكان: بإدراجها في خطة العام المقبل');
  });
});
