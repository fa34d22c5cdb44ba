import { describe, expect, it } from 'vitest';
import { splitAtInnerCues as rule } from '../../../src/positions/rules/split-at-inner-cues.js';
import { stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('ends a statement where a later cue of the same holder starts (its example)', () => {
    expect(stated(rule.example)).toEqual(['كمال الغربي: الميناء سيفتح غدا', 'كمال الغربي: الرحلات لن تبدأ قبل الشهر المقبل']);
    expect(stated(rule.example, [rule.id])).toEqual(['كمال الغربي: الميناء سيفتح غدا لكنه أكد أن الرحلات لن تبدأ قبل الشهر المقبل']);
  });

  it('keeps a quotation whole over a cue inside it', () => {
    const text = 'وقال الوزير كمال الغربي: «الميناء سيفتح غدا لكننا أكدنا أن الرحلات لن تبدأ قبل الشهر المقبل».';
    expect(stated(text)).toEqual(['كمال الغربي: الميناء سيفتح غدا لكننا أكدنا أن الرحلات لن تبدأ قبل الشهر المقبل']);
  });
});
