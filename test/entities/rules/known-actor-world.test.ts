import { describe, expect, it } from 'vitest';
import { knownActor as rule } from '../../../src/entities/rules/known-actor.js';
import { entity } from '../../rules/read.js';

// Invented sentences around real office holders (lexicon/actors/world.ts); a dateline without a
// city gives the article's year.
describe(`${rule.id}: heads of state and government beyond the region`, () => {
  it('gives the North Korean leader his state', () => {
    const text = '12 يونيو 2018\nوقال الزعيم كيم جونغ أون إن بلاده مستعدة للحوار.';
    expect(entity(text, 'كيم جونغ أون')).toMatchObject({ country: 'KP', rules: expect.arrayContaining([rule.id]) });
    expect(entity(text, 'كيم جونغ أون', [rule.id])?.country).toBeNull();
  });

  it('gives a prime minister and a foreign minister their states', () => {
    const text = '3 مارس 2016\nوأكد رئيس الوزراء ناريندرا مودي أن بلاده ستعزز التعاون.';
    expect(entity(text, 'ناريندرا مودي')).toMatchObject({ country: 'IN', rules: expect.arrayContaining([rule.id]) });
    const t2 = '3 مارس 2016\nوقال وزير الخارجية خوسيه مانويل غارسيا مارغايو إن الحل السياسي ممكن.';
    expect(entity(t2, 'خوسيه مانويل غارسيا مارغايو')).toMatchObject({ country: 'ES', rules: expect.arrayContaining([rule.id]) });
  });

  it('gives the Ukrainian president his state, and never takes Sochi for a Burmese leader', () => {
    const text = '3 مارس 2022\nوقال الرئيس فولوديمير زيلينسكي إن بلاده لن تتخلى عن أراضيها.';
    expect(entity(text, 'فولوديمير زيلينسكي')).toMatchObject({ country: 'UA', rules: expect.arrayContaining([rule.id]) });
    const t2 = '3 مارس 2018\nوعقد الرئيسان اجتماعا في سوتشي أمس.';
    expect(entity(t2, 'سوتشي')?.kind).not.toBe('person');
  });

  it('gives nothing in a year before every term of the office holder', () => {
    // Modi became prime minister in 2014
    const text = '3 مارس 2011\nوقال ناريندرا مودي إن الولاية ستعزز التعاون.';
    expect(entity(text, 'ناريندرا مودي')?.country).toBeNull();
  });

  it('keeps a stated nisba over the lexicon\'s state', () => {
    const text = '3 مارس 2016\nوقال رئيس الوزراء الياباني ناريندرا مودي إن بلاده ستعزز التعاون.';
    expect(entity(text, 'ناريندرا مودي')?.country).toBe('JP');
    expect(entity(text, 'ناريندرا مودي')?.rules).not.toContain(rule.id);
  });
});
