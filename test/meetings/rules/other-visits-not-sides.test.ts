import { describe, expect, it } from 'vitest';
import { otherVisitsNotSides as rule } from '../../../src/meetings/rules/other-visits-not-sides.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('does not make one meeting of two visits (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(meetings(rule.example, [rule.id])).toMatchObject([{ participants: ['سامر الحديدي', 'ليلى الساعدي'] }]);
  });

  it('keeps one who went along on the visit (رافقهم في الزيارة فلان)', () => {
    const text = 'وزار الوزير سامر الحديدي مدينة العقبة أمس والتقى المحافظ كمال الغربي، ورافقه في الزيارة الأمين العام خالد العلي.';
    expect(meetings(text)[0]?.participants).toContain('خالد العلي');
  });
});
