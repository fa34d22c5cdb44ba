import { describe, expect, it } from 'vitest';
import { currentSpeaker as rule } from '../../../src/positions/rules/current-speaker.js';
import { stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes the holder the current speaker whom "وتابع" continues (its example)', () => {
    expect(stated(rule.example)[1]).toBe('كمال الغربي: المستشفى سيفتح أبوابه في الربيع');
    expect(stated(rule.example, [rule.id])[1]).toBe('ليلى الساعدي: المستشفى سيفتح أبوابه في الربيع');
  });

  it('does not keep the first speaker current once another spoke', () => {
    const text = 'وأعلن وزير الصحة كمال الغربي أن المستشفى سيفتح في الربيع. وقالت الطبيبة ليلى الساعدي إن الأجهزة وصلت. وتابعت أن الطاقم جاهز.';
    expect(stated(text)[2]).toBe('ليلى الساعدي: الطاقم جاهز');
  });
});
