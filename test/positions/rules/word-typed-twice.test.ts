import { describe, expect, it } from 'vitest';
import { wordTypedTwice as rule } from '../../../src/positions/rules/word-typed-twice.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a cue typed twice as one cue (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(stated(rule.example, [rule.id])).toEqual(['مصادر في وزارة الطاقة: الانخفاض سيستمر']);
  });

  it('reads the same cue twice in one sentence as two cues where words stand between', () => {
    const text = 'وذكرت مصادر في وزارة الطاقة أن الانخفاض سيستمر، وذكرت مصادر أخرى أن الأسعار سترتفع في الشتاء.';
    expect(stated(text)).toEqual(['مصادر في وزارة الطاقة: الانخفاض سيستمر', 'مصادر أخرى: الأسعار سترتفع في الشتاء']);
  });
});
