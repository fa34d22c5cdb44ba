import { describe, expect, it } from 'vitest';
import { nothingLeftToState as rule } from '../../../src/positions/rules/nothing-left-to-state.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes no position of a cue whose subject ends the line (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(stated(rule.example, [rule.id])).toEqual(['رائد الكبيسي: وفي سياق آخر افتتح الوزير كمال الغربي مدرسة جديدة']);
  });

  it('keeps the statement where the line goes on after the subject', () => {
    const text = 'انتقد النائب رائد الكبيسي الحكومة لتأخر صرف الرواتب\nوفي سياق آخر افتتح الوزير كمال الغربي مدرسة جديدة.';
    expect(stated(text)).toEqual(['رائد الكبيسي: الحكومة لتأخر صرف الرواتب']);
  });
});
