import { describe, expect, it } from 'vitest';
import { purposeNoun as rule } from '../../../src/positions/rules/purpose-noun.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads للتأكيد as a purpose, no claim (its example)', () => {
    expect(positions(rule.example).map((p) => p.cue)).toEqual(['قال']);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['قال', 'لتأكيد']);
  });

  it('reads مع التأكيد as a claim of the speaker', () => {
    const text = 'وقال الوزير كمال الغربي إن الحملة الانتخابية بدأت، مع التأكيد على أن الانتخابات ستجري في موعدها.';
    expect(positions(text)).toMatchObject([
      { holder: 'كمال الغربي', cue: 'قال' },
      { holder: 'كمال الغربي', cue: 'التأكيد', statement: 'أن الانتخابات ستجري في موعدها' },
    ]);
  });
});
