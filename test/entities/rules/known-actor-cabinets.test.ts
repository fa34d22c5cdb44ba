import { describe, expect, it } from 'vitest';
import { knownActor as rule } from '../../../src/entities/rules/known-actor.js';
import { entity } from '../../rules/read.js';

// Invented sentences around real office holders (lexicon/actors/cabinets.ts), with a dateline that
// gives the article's year (and no city, whose state would be read instead).
describe(`${rule.id}: Gulf cabinet ministers`, () => {
  it('gives a Saudi minister named by a bare title his state, from the lexicon', () => {
    const text = '3 مارس 2019\nوقال وزير الإسكان ماجد الحقيل إن المشروعات الجديدة ستسلم في موعدها.';
    expect(entity(text, 'ماجد الحقيل')).toMatchObject({ country: 'SA', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'ماجد الحقيل', [rule.id])?.country).toBeNull();
  });

  it('reads the name with its nasab, and the other portfolios', () => {
    const text = '10 يناير 2017\nوأكد وزير المالية محمد بن عبد الله الجدعان أن الميزانية تراعي الإنفاق الاجتماعي.';
    expect(entity(text, 'محمد بن عبد الله الجدعان')).toMatchObject({ country: 'SA', rules: expect.arrayContaining([rule.id]) });
    const t2 = '5 فبراير 2016\nوأوضح وزير التعليم عزام الدخيل أن الاختبارات ستعقد في موعدها.';
    expect(entity(t2, 'عزام الدخيل')).toMatchObject({ country: 'SA', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives the finance minister of another Gulf state his state', () => {
    const text = '2 أبريل 2018\nوقال وزير المالية علي شريف العمادي إن العجز سيتراجع هذا العام.';
    expect(entity(text, 'علي شريف العمادي')).toMatchObject({ country: 'QA', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives the head of a general authority his state', () => {
    const text = '3 مارس 2016\nوقال رئيس هيئة السياحة سلطان بن سلمان إن المواقع الأثرية ستفتح للزوار.';
    expect(entity(text, 'سلطان بن سلمان')).toMatchObject({ country: 'SA', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives nothing for a namesake in a year outside every term of the minister', () => {
    // Azzam al-Dakhil was minister of education in 2015-2016 only
    const text = '3 مارس 2012\nوقال الباحث عزام الدخيل إن المشروعات الجديدة ستسلم في موعدها.';
    expect(entity(text, 'عزام الدخيل')?.country).toBeNull();
  });

  it('keeps a stated nisba over the lexicon\'s state', () => {
    const text = '3 مارس 2019\nوقال وزير الإسكان الكويتي ماجد الحقيل إن المشروعات الجديدة ستسلم في موعدها.';
    expect(entity(text, 'ماجد الحقيل')?.country).toBe('KW');
    expect(entity(text, 'ماجد الحقيل')?.rules).not.toContain(rule.id);
  });
});
