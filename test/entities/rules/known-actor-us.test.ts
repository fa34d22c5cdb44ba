import { describe, expect, it } from 'vitest';
import { knownActor as rule } from '../../../src/entities/rules/known-actor.js';
import { entity } from '../../rules/read.js';

// Invented sentences around real US office holders (lexicon/actors/powers.ts); a dateline without a
// city gives the article's year.
describe(`${rule.id}: US security officials and ambassadors`, () => {
  it('gives a national security adviser and a director of the FBI their state', () => {
    const text = '3 مايو 2018\nوقال مستشار الأمن القومي جون بولتون إن الإدارة تدرس كل الخيارات.';
    expect(entity(text, 'جون بولتون')).toMatchObject({ country: 'US', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'جون بولتون', [rule.id])?.country).toBeNull();
    const t2 = '3 مايو 2016\nوأوضح مدير مكتب التحقيقات جيمس كومي أن التحقيق مستمر.';
    expect(entity(t2, 'جيمس كومي')).toMatchObject({ country: 'US', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives an ambassador to the UN her state, not the UN', () => {
    const text = '3 مايو 2022\nوقالت المندوبة ليندا توماس غرينفيلد إن المجلس سيصوت على القرار.';
    expect(entity(text, 'ليندا توماس غرينفيلد')).toMatchObject({ country: 'US', organization: null, rules: expect.arrayContaining([rule.id]) });
  });

  it('gives a cabinet secretary his state', () => {
    const text = '3 مايو 2018\nوقال وزير الخزانة ستيفن منوتشين إن العقوبات ستبقى.';
    expect(entity(text, 'ستيفن منوتشين')).toMatchObject({ country: 'US', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives nothing in a year outside every term of the office holder', () => {
    // Bolton was ambassador to the UN in 2005-2006 and national security adviser in 2018-2019
    const text = '3 مايو 2014\nوقال الكاتب جون بولتون إن الإدارة تدرس كل الخيارات.';
    expect(entity(text, 'جون بولتون')?.country).toBeNull();
  });

  it('keeps a stated nisba over the lexicon\'s state', () => {
    const text = '3 مايو 2018\nوقال السفير البريطاني جون بولتون إن الحكومة تدرس كل الخيارات.';
    expect(entity(text, 'جون بولتون')?.country).toBe('GB');
    expect(entity(text, 'جون بولتون')?.rules).not.toContain(rule.id);
  });
});
