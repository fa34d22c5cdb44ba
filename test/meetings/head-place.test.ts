import { describe, expect, it } from 'vitest';
import { meetings } from '../rules/read.js';

describe('a place head with ب (بولاية، بمدينة، بمحافظة) says where the meeting was', () => {
  it('after a date, a meeting word or a person\'s name', () => {
    expect(meetings('التقى الوزير سامر الحديدي نظيره كمال الغربي مساء السبت بمدينة صفاقس.')[0]).toMatchObject({ location: 'صفاقس' });
    expect(meetings('وقالت الوزيرة سلمى الحديدي على هامش لقائها بولاية سوسة بممثلي النقابات إن الوضع صعب.')[0]).toMatchObject({ location: 'سوسة' });
    expect(meetings('عقد الرئيس سامر الحديدي مباحثات مع الرئيس كمال الغربي بمدينة سوتشي.')[0]).toMatchObject({ location: 'سوتشي' });
  });

  it('not after a body or a topic, whose place it is', () => {
    expect(meetings('التقى الوزير سامر الحديدي مدير الشؤون الصحية بمحافظة الطائف كمال الغربي.')[0]?.location ?? null).toBeNull();
    expect(meetings('بحث الوزير سامر الحديدي مع نظيره كمال الغربي هاتفيا المواجهة بمحافظة إدلب.')[0]?.location ?? null).toBeNull();
  });
});

describe('a venue head and the word after it', () => {
  it('is the venue, but not with a day or a function word after it (في مكتبه اليوم)', () => {
    expect(meetings('واستقبل الرئيس كمال الغربي الوزير سامر الحديدي في مكتبه اليوم.')[0]).toMatchObject({ location: 'مكتبه' });
    expect(meetings('واستقبل الرئيس كمال الغربي الوزير سامر الحديدي في قصر قرطاج.')[0]).toMatchObject({ location: 'قصر قرطاج' });
  });
});
