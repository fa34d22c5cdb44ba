import { describe, expect, it } from 'vitest';
import { dualFormAsNoun as rule } from '../../../src/positions/rules/dual-form-as-noun.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads طلبا after a word as an accusative noun, no cue (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['طلبا']);
  });

  it('reads طلبا after كما as a dual verb, the sides of the meeting its holder', () => {
    const text = 'والتقى رئيس البلدية هاني الزعبي الوزير كمال الغربي، كما طلبا من السكان الصبر حتى إصلاح الطريق.';
    expect(positions(text)).toMatchObject([{ holder: 'هاني الزعبي', cue: 'طلبا', statement: 'السكان الصبر حتى إصلاح الطريق' }]);
  });
});
