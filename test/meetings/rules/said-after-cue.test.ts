import { describe, expect, it } from 'vitest';
import { saidAfterCue as rule } from '../../../src/meetings/rules/said-after-cue.js';
import { sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('keeps the one named in what the speaker says out of the meeting of his description (its example)', () => {
    expect(sides(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });

  it('keeps the sides named before what is said', () => {
    const text = 'وقال الوزير سامر الحديدي خلال لقائه أمس الرئيس كمال الغربي إن الوزير هاني الزعبي سيزور عمان.';
    expect(sides(text)).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });

  it('leaves a أن that another word takes (المقرر أن)', () => {
    const text = 'وقال الوزير سامر الحديدي إن المحادثات المقرر أن يجريها الرئيس كمال الغربي ستبدأ غدا.';
    expect(sides(text)).toEqual(sides(text, [rule.id]));
  });
});
