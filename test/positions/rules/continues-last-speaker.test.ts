import { describe, expect, it } from 'vitest';
import { continuesLastSpeaker as rule } from '../../../src/positions/rules/continues-last-speaker.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a subjectless cue to the current speaker (its example)', () => {
    expect(stated(rule.example)).toEqual(['كمال الغربي: النائب رائد الكبيسي سيزور الميناء غدا', 'كمال الغربي: العمل يجري ليلا ونهارا']);
    expect(stated(rule.example, [rule.id])).toEqual(['كمال الغربي: النائب رائد الكبيسي سيزور الميناء غدا']);
  });

  it('gives a subjectless cue to no one where no one spoke before', () => {
    expect(positions('وأضاف أن العمل يجري ليلا ونهارا.')).toEqual([]);
  });
});
