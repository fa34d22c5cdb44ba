import { describe, expect, it } from 'vitest';
import { entity } from '../rules/read.js';

describe('a description with a nisba links to no known office holder of another country', () => {
  it('leaves "الرئيس الفرنسي السابق" off a former Tunisian president named before', () => {
    const text =
      'وضع القانون في عهد الرئيس السابق زين العابدين بن علي. ويتزامن ذلك مع زيارة الرئيس الفرنسي السابق إلى تونس. وقال الرئيس التونسي إن الزيارة مهمة.';
    expect(entity(text, 'زين العابدين بن علي')?.roles).not.toContain('الرئيس الفرنسي السابق');
  });
});

describe('a title qualified الأوروبي', () => {
  it('is an office of the European Union (المنسق الأوروبي، المفوضة الأوروبية)', () => {
    expect(entity('والتقى الوزير سامر الحديدي المنسق الأوروبي لمكافحة الإرهاب كمال الغربي.', 'كمال الغربي')?.organization).toBe('الاتحاد الأوروبي');
    expect(entity('وقالت المفوضة الأوروبية للتجارة ليلى العمري إن الاتفاق قريب.', 'ليلى العمري')?.organization).toBe('الاتحاد الأوروبي');
  });

  it('but a European president or leader is only from Europe', () => {
    expect(entity('وكان الرئيس الأوروبي كمال الغربي حاضرا في الحفل.', 'كمال الغربي')?.organization ?? null).toBeNull();
  });
});
