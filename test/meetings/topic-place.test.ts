import { describe, expect, it } from 'vitest';
import { meetings } from '../rules/read.js';

describe('what the sides discussed is not where they met', () => {
  it('reads no place from a topic noun with في (الوضع في إدلب، الأوضاع الإنسانية في اليمن)', () => {
    expect(meetings('بحث الوزير سامر الحديدي مع نظيره كمال الغربي هاتفيا الوضع في إدلب.')[0]?.location ?? null).toBeNull();
    expect(meetings('التقى الوزير سامر الحديدي نظيره كمال الغربي في عمان وبحثا الأوضاع الإنسانية في اليمن.')[0]).toMatchObject({ location: 'عمان' });
  });

  it('still reads a place after في where no topic noun stands before it', () => {
    expect(meetings('التقى الوزير سامر الحديدي نظيره كمال الغربي أمس في الدوحة.')[0]).toMatchObject({ location: 'الدوحة' });
  });
});
