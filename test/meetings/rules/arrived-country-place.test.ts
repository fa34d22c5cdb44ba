import { describe, expect, it } from 'vitest';
import { arrivedCountryPlace as rule } from '../../../src/meetings/rules/arrived-country-place.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('places a meeting that names no place in the country a side arrived in (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ location: 'الأردن', rules: expect.arrayContaining([rule.id]) }]);
    expect(meetings(rule.example, [rule.id])[0]?.location).toBeNull();
  });

  it('leaves a city the text names, and a country the one arriving only came from', () => {
    expect(meetings('وصل الوزير سامر الحديدي إلى الأردن، والتقى في عمان الرئيس كمال الغربي.')[0]?.location).toBe('عمان');
    expect(meetings('وصل الوزير سامر الحديدي إلى مصر قادما من تونس حيث التقى الرئيس كمال الغربي.')[0]?.location ?? null).not.toBe('مصر');
  });
});
