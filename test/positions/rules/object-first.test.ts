import { describe, expect, it } from 'vitest';
import { objectFirst as rule } from '../../../src/positions/rules/object-first.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('starts the statement at an object right after the cue (its example)', () => {
    expect(positions(rule.example)[1]).toMatchObject({ holder: 'كمال الغربي', cue: 'أكد', statement: 'ضرورة إصلاح شبكة المياه قبل حلول الصيف' });
    expect(positions(rule.example)[1].rules).toContain(rule.id);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['قال']);
  });

  it('reads a subject, not an object, after the cue', () => {
    const text = 'وقال وزير المياه كمال الغربي إن الصيف سيكون حارا. وأكد الوزير ضرورة إصلاح شبكة المياه قبل حلول الصيف.';
    const second = positions(text)[1];
    expect(second).toMatchObject({ holder: 'كمال الغربي', statement: 'ضرورة إصلاح شبكة المياه قبل حلول الصيف' });
    expect(second.rules).not.toContain(rule.id);
  });
});
