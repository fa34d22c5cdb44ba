import { describe, expect, it } from 'vitest';
import { meetings } from '../rules/read.js';

describe('the place a visitor went to, named right after him', () => {
  it('reads the city or venue after the name of the subject of زار as the meeting place', () => {
    expect(meetings('زار وزير الخارجية الأردني سامر الحديدي القاهرة أمس، حيث التقى الرئيس المصري كمال الغربي.')[0]).toMatchObject({ location: 'القاهرة' });
    expect(meetings('زار الشيخ خالد بن سعد الراشد، مقر قيادة حرس الحدود في تبوك، حيث استقبله العميد فهد بن ناصر العتيبي قائد المنطقة.')[0]).toMatchObject({ location: 'مقر قيادة حرس الحدود في تبوك' });
  });

  it('reads no place after a name that is no visitor', () => {
    // the city after a name that opens the sentence, with no verb of visiting before it, is not read
    expect(meetings('التقى وزير الخارجية الأردني سامر الحديدي نظيره كمال الغربي القاهرة.')[0]?.location ?? null).toBeNull();
  });
});
