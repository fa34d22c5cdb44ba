import { describe, expect, it } from 'vitest';
import { entity } from '../rules/read.js';

describe('a description with a nisba links to no known office holder of another country', () => {
  it('leaves "الرئيس الفرنسي السابق" off a former Tunisian president named before', () => {
    const text =
      'وضع القانون في عهد الرئيس السابق زين العابدين بن علي. ويتزامن ذلك مع زيارة الرئيس الفرنسي السابق إلى تونس. وقال الرئيس التونسي إن الزيارة مهمة.';
    expect(entity(text, 'زين العابدين بن علي')?.roles).not.toContain('الرئيس الفرنسي السابق');
  });
});
