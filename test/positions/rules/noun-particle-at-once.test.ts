import { describe, expect, it } from 'vitest';
import { nounParticleAtOnce as rule } from '../../../src/positions/rules/noun-particle-at-once.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads "الدعوة التي وصلت إلى" as no call: the particle does not follow at once (its example)', () => {
    expect(positions(rule.example).map((p) => p.cue)).toEqual(['أعلن']);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['أعلن', 'الدعوة']);
  });

  it('reads "الدعوة إلى" as a call of the speaker', () => {
    const text = 'وقال رئيس النقابة هاني الزعبي إن الإضراب سيبدأ غدا، مع الدعوة إلى الالتزام بالسلمية.';
    expect(positions(text)).toMatchObject([
      { holder: 'هاني الزعبي', cue: 'قال' },
      { holder: 'هاني الزعبي', cue: 'الدعوة', statement: 'إلى الالتزام بالسلمية' },
    ]);
  });
});
