import { describe, expect, it } from 'vitest';
import { verbTakesNoPreposition as rule } from '../../../src/positions/rules/verb-takes-no-preposition.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads بحث as a verb of its own, not ب + the cue حث (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['حث']);
  });

  it('reads حث with و as the cue', () => {
    expect(positions('وحث الوزير كمال الغربي على تسريع مشاريع الطرق.')).toMatchObject([{ holder: 'كمال الغربي', cue: 'حث', statement: 'تسريع مشاريع الطرق' }]);
  });
});
