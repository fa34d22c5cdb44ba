import { describe, expect, it } from 'vitest';
import { hostOfSeat as rule } from '../../../src/meetings/rules/host-of-seat.js';
import { entity, meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives the host of a reception at a seat of government its country (its example)', () => {
    expect(entity(rule.example, 'كمال الغربي')?.country).toBe('TN');
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(entity(rule.example, 'كمال الغربي', [rule.id])?.country).toBeNull();
  });

  it('gives no country to the host of a reception at no seat', () => {
    expect(entity('استقبل الرئيس كمال الغربي أمس الوزير الأردني سامر الحديدي.', 'كمال الغربي')?.country).toBeNull();
  });

  it('gives no country to one who meets, not receives, at a seat', () => {
    expect(entity('التقى الرئيس كمال الغربي بقصر قرطاج الوزير الأردني سامر الحديدي.', 'كمال الغربي')?.country).toBeNull();
  });

  it('gives no country from a capital two states hold or claim, or a form that is another state\'s name', () => {
    expect(entity('استقبل الرئيس كمال الغربي في القدس الوزير الأردني سامر الحديدي.', 'كمال الغربي')?.country).toBeNull();
    expect(entity('استقبل الرئيس كمال الغربي في عمان الوزير المصري سامر الحديدي.', 'كمال الغربي')?.country).toBeNull();
    expect(entity('استقبل الرئيس كمال الغربي في القاهرة الوزير الأردني سامر الحديدي.', 'كمال الغربي')?.country).toBe('EG');
  });
});
