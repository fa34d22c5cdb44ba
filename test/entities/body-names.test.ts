import { describe, expect, it } from 'vitest';
import { entities } from '../rules/read.js';

const bodies = (text: string) => entities(text).filter((e) => e.kind === 'organization').map((e) => e.name);

// A body's name is output without the prepositions and conjunctions written on it, and with the
// article's alef that ل takes (للأمم → الأمم).
describe('body names without proclitics', () => {
  it('gives a delegation its name without ب، ل or و', () => {
    expect(bodies('ورحب الرئيس كمال الغربي بالوفد الأمريكي قائلا أهلا بكم.')).toEqual(['الوفد الأمريكي']);
    expect(bodies('واستقبل الرئيس كمال الغربي الوفد القطري والوفد العماني.')).toEqual(['الوفد القطري', 'الوفد العماني']);
    expect(bodies('واستقبل الرئيس كمال الغربي وفدا إيرانيا برئاسة الوزير.')).toEqual(['وفدا إيرانيا']);
  });

  it('gives the body of an unnamed official its article back (الأمين العام للأمم المتحدة)', () => {
    expect(bodies('وأجرى الرئيس كمال الغربي اتصالا هاتفيا مع الأمين العام للأمم المتحدة حسبما أعلن مكتبه.')).toEqual(['الأمم المتحدة']);
    expect(bodies('التقى الرئيس كمال الغربي اليوم الأمين العام لحزب الكتائب اللبنانية في قصر الرئاسة.')).toEqual(['حزب الكتائب اللبنانية']);
  });
});
