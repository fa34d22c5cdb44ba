import { describe, expect, it } from 'vitest';
import { dropReported as rule } from '../../../src/positions/rules/drop-reported.js';
import { stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('drops a spokesman\'s report that holds another position (its example)', () => {
    expect(stated(rule.example)).toEqual(['كمال الغربي: الدعم سيصل قبل الموسم']);
    expect(stated(rule.example, [rule.id])).toHaveLength(2);
  });

  it('keeps a minister\'s own statement that holds another position', () => {
    const text = 'وقال الوزير كمال الغربي إن الحكومة ستدرس طلبات المزارعين كما أكد المدير هاني الزعبي أن الدعم سيصل قبل الموسم.';
    expect(stated(text)).toEqual([
      'كمال الغربي: الحكومة ستدرس طلبات المزارعين كما أكد المدير هاني الزعبي أن الدعم سيصل قبل الموسم',
      'هاني الزعبي: الدعم سيصل قبل الموسم',
    ]);
  });
});
