import { describe, expect, it } from 'vitest';
import { countryHeldIn as rule } from '../../../src/meetings/rules/country-held-in.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('places a summit in the country it is held in (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['كمال الغربي'], location: 'الأرجنتين' }]);
    expect(meetings(rule.example, [rule.id])).toMatchObject([{ location: null }]);
  });

  it('places a meeting in the country visited', () => {
    const text = 'والتقى الرئيس كمال الغربي الوزير سامر الحديدي خلال زيارته إلى الأردن.';
    expect(meetings(text)).toMatchObject([{ location: 'الأردن' }]);
  });

  it('places a meeting in the country of a visit told with one word of it (زيارة عمل إلى)', () => {
    expect(meetings('عقد الوزير سامر الحديدي، خلال زيارة عمل إلى الأردن، لقاء مع الرئيس كمال الغربي.')).toMatchObject([{ location: 'الأردن' }]);
    expect(meetings('عقد الوزير سامر الحديدي، خلال زيارة ثم عودة إلى الأردن، لقاء مع الرئيس كمال الغربي.')).toMatchObject([{ location: null }]);
  });

  it('takes no country that is the topic of the talks, nor a region named after one', () => {
    expect(meetings('وأجرى الرئيس كمال الغربي محادثات مع الوزير سامر الحديدي حول الوضع في سوريا.')).toMatchObject([{ location: null }]);
    expect(meetings('والتقى الرئيس كمال الغربي الوزير سامر الحديدي قبيل زيارته إلى أميركا اللاتينية.')).toMatchObject([{ location: null }]);
  });

  it('leaves a city found by the other rules first', () => {
    const text = 'والتقى الرئيس كمال الغربي الوزير سامر الحديدي في عمان خلال زيارته إلى الأردن.';
    expect(meetings(text)).toMatchObject([{ location: 'عمان' }]);
  });
});
