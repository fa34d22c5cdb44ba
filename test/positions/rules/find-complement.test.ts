import { describe, expect, it } from 'vitest';
import { findComplementRule as rule } from '../../../src/positions/rules/find-complement.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('starts the statement after the particle, past an adverbial (its example)', () => {
    expect(positions(rule.example)).toMatchObject([{ holder: 'كمال الغربي', cue: 'أكد', statement: 'محصول القمح وفير هذا العام' }]);
    expect(positions(rule.example)[0].rules).toContain(rule.id);
    expect(positions(rule.example, [rule.id])[0].statement).toBe('خلال زيارته للمزارع أن محصول القمح وفير هذا العام');
  });

  it('takes no particle from the next sentence', () => {
    const text = 'وأكد وزير الزراعة كمال الغربي ذلك خلال زيارته للمزارع. أن محصول القمح وفير أمر معروف.';
    const found = positions(text);
    expect(found.some((p) => p.statement.includes('محصول'))).toBe(false);
    expect(found.every((p) => !p.rules.includes(rule.id))).toBe(true);
  });
});

describe(`${rule.id}: إلى`, () => {
  it('keeps إلى in what he called for, and a call of two words stands', () => {
    expect(stated('ودعا الوزير كمال الغربي إلى تعزيز التعاون الزراعي بين البلدين.')).toEqual(['كمال الغربي: إلى تعزيز التعاون الزراعي بين البلدين']);
    expect(stated('ودعا الوزير كمال الغربي إلى التهدئة.')).toEqual(['كمال الغربي: إلى التهدئة']);
  });

  it('reads other particles as before: the content after على، من، أن', () => {
    expect(stated('وشدد الوزير كمال الغربي على ضرورة الحوار.')).toEqual(['كمال الغربي: ضرورة الحوار']);
    expect(stated('وحذر الوزير كمال الغربي من خطورة التصعيد.')).toEqual(['كمال الغربي: خطورة التصعيد']);
  });
});
