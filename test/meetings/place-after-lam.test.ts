import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';

const placeOf = (text: string): { location: string | null; slice: string | null } => {
  const m = summarize(text).meetings[0];
  return { location: m?.location ?? null, slice: m?.locationSpan ? text.slice(m.locationSpan.start, m.locationSpan.end) : null };
};

describe('a meeting place after the preposition ل is named without it', () => {
  it('gives back the ا of ل + ال written لل (للقاهرة → القاهرة), its span the written word', () => {
    expect(placeOf('وقال وزير الخارجية الأميركي سامر كيلي خلال زيارة للقاهرة أمس إن الحوار مهم.')).toEqual({ location: 'القاهرة', slice: 'للقاهرة' });
    expect(placeOf('وقال الوزير الأميركي سامر كيلي خلال زيارة للعاصمة المصرية القاهرة أمس إن الحوار مهم.').location).toBe('العاصمة المصرية القاهرة');
  });

  it('keeps the place\'s own ل and moves the span past the preposition (للندن → لندن, لليبيا → ليبيا)', () => {
    expect(placeOf('وقال وزير الخارجية الأميركي سامر كيلي خلال زيارة للندن أمس إن الحوار مهم.')).toEqual({ location: 'لندن', slice: 'لندن' });
    expect(placeOf('وقال وزير الخارجية الأميركي سامر كيلي خلال زيارة لليبيا أمس إن الحوار مهم.')).toEqual({ location: 'ليبيا', slice: 'ليبيا' });
  });
});
