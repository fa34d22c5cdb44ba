import { describe, expect, it } from 'vitest';
import { shortFormsReferBack as rule } from '../../../src/positions/rules/short-forms-refer-back.js';
import { stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads "المسؤول" as the official who spoke before (its example)', () => {
    expect(stated(rule.example)).toEqual(['مسؤول حكومي: الأسعار ستنخفض قريبا', 'مسؤول حكومي: الحكومة ستدعم المزارعين']);
    expect(stated(rule.example, [rule.id])[1]).toBe('المسؤول: الحكومة ستدعم المزارعين');
  });

  it('does not read "مسؤول آخر" as the official who spoke before', () => {
    const text = 'وقال مسؤول حكومي إن الأسعار ستنخفض قريبا. وأضاف مسؤول آخر أن الحكومة ستدعم المزارعين.';
    expect(stated(text)[1]).not.toBe('مسؤول حكومي: الحكومة ستدعم المزارعين');
  });
});
