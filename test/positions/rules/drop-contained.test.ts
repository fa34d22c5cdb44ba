import { describe, expect, it } from 'vitest';
import { dropContained as rule } from '../../../src/positions/rules/drop-contained.js';
import { stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('drops a statement inside another of the same holder (its example)', () => {
    expect(stated(rule.example)).toEqual(['ليلى الساعدي: ترفض أي زيادة في الضرائب على المواد الغذائية']);
    expect(stated(rule.example, [rule.id])).toHaveLength(2);
  });

  it('keeps statements of two holders in text order', () => {
    const text = 'وقالت وزيرة المالية ليلى الساعدي إنها ترفض أي زيادة في الضرائب، ورفض النائب رائد الكبيسي أي زيادة في الضرائب على المواد الغذائية.';
    expect(stated(text)).toEqual(['ليلى الساعدي: ترفض أي زيادة في الضرائب', 'رائد الكبيسي: أي زيادة في الضرائب على المواد الغذائية']);
  });
});
