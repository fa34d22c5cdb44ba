import { describe, expect, it } from 'vitest';
import { verbAfterPreposition as rule } from '../../../src/positions/rules/verb-after-preposition.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads رفض after على as a verbal noun, no cue (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['رفض']);
  });

  it('reads رفض as the cue where no preposition stands before it', () => {
    expect(positions('ورفض الوزير كمال الغربي كل تدخل في شؤون القضاء.')).toMatchObject([
      { holder: 'كمال الغربي', cue: 'رفض', statement: 'كل تدخل في شؤون القضاء' },
    ]);
  });

  it('reads a verb spelling after مع، بسبب، وسط، بعد، في as a verbal noun too', () => {
    for (const text of [
      'وأكد الحزب دعمه للثورة مع رفض الوزير كمال الغربي كل تدخل في شؤون القضاء.',
      'وتأجل المشروع بسبب رفض الوزير كمال الغربي كل تدخل في شؤون القضاء.',
      'وقررت إسبانيا استقبال السفينة بعد رفض الوزير كمال الغربي استقبالها في الميناء.',
    ]) expect(positions(text).map((p) => p.cue)).not.toContain('رفض');
    expect(positions('وشهدت الأزمة انفراجا منذ أعلن الوزير كمال الغربي أن القمة ستعقد قريبا.').map((p) => p.cue)).toContain('أعلن');
  });
});
