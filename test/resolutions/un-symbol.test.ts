import { describe, expect, it } from 'vitest';
import { expectFound } from './helpers.js';

describe('findUnSymbols and findNumberWithYear', () => {
  it('reads a UN symbol in Latin letters', () => {
    const [r] = expectFound('نص الوثيقة S/RES/2254 (2015) واضح.', [{ body: 'UNSC', number: '2254', mention: 'S/RES/2254 (2015)' }]);
    expect(r.year).toBe(2015);
    expectFound('وثيقة A/RES/67/19 الصادرة.', [{ body: 'UNGA', number: '67/19', mention: 'A/RES/67/19' }]);
  });

  it('reads a well-known number with its own year in brackets, without a head word', () => {
    expectFound('وفق ما ورد في 2254 (2015) من بنود.', [{ body: 'UNSC', number: '2254', mention: '2254' }]);
  });

  it('does not read a number with another year in brackets', () => {
    expectFound('سقط 2254 (2016) في الحصيلة.', []);
  });
});
