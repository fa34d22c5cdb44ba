import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';

describe('normalize() on a long text', () => {
  // each code unit normalises on its own, so a long text is its pieces normalised and joined
  it('equals its pieces normalised one by one, offsets shifted, odd code units kept', () => {
    const piece = 'قالَ الوزيرُ إنّ ﷺ المدرسة 😀 \uD800 x\uDC00 ﻷ ٣ ';
    const text = piece.repeat(3000); // past any chunk or growth boundary (ﷺ expands to 18 letters)
    const whole = normalize(text);
    const one = normalize(piece);
    expect(whole.norm).toBe(one.norm.repeat(3000));
    expect(whole.norm).toContain('\uD800 x\uDC00');
    expect(whole.norm).toContain('😀');
    expect(whole.map.length).toBe(whole.norm.length + 1);
    const k = 1234;
    for (let j = 0; j < one.norm.length; j++) expect(whole.map[k * one.norm.length + j]).toBe(k * piece.length + one.map[j]);
    expect(whole.map[whole.norm.length]).toBe(text.length);
  });
});
