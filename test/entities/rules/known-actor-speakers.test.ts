import { describe, expect, it } from 'vitest';
import { knownActor as rule } from '../../../src/entities/rules/known-actor.js';
import { entity } from '../../rules/read.js';

// Invented sentences around real holders of Arab offices (lexicon/actors/arabOffices.ts); a dateline
// without a city gives the article's year.
describe(`${rule.id}: Arab parliament speakers and chiefs of staff`, () => {
  it('gives a speaker his state and parliament, and a chief of staff his state', () => {
    const text = '3 مارس 2016\nوقال رئيس مجلس النواب سليم الجبوري إن القوانين ستقر قريبا.';
    expect(entity(text, 'سليم الجبوري')).toMatchObject({ country: 'IQ', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'سليم الجبوري')?.organization).toBeTruthy();
    const t2 = '3 مارس 2014\nوأكد رئيس هيئة الأركان المشتركة مشعل الزبن أن الحدود آمنة.';
    expect(entity(t2, 'مشعل الزبن')).toMatchObject({ country: 'JO', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives nothing in a year after the term', () => {
    const text = '3 مارس 2021\nوقال سليم الجبوري إن القوانين ستقر قريبا.';
    expect(entity(text, 'سليم الجبوري')?.country ?? null).toBeNull();
  });
});
