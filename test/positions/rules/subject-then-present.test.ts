import { describe, expect, it } from 'vitest';
import { subjectThenPresent as rule } from '../../../src/positions/rules/subject-then-present.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a headline\'s present verb to the name before it (its example)', () => {
    expect(positions(rule.example)[0]).toMatchObject({ holder: 'سامر الحديدي', cue: 'يدعو' });
    expect(positions(rule.example, [rule.id])[0]?.holder).not.toBe('سامر الحديدي');
  });

  it('reads the one named after the verb as whom it addresses', () => {
    const text = 'الأردن يحذر إسرائيل من تصعيد جديد في القدس\nحذرت الحكومة الأردنية من أي تصعيد في القدس.';
    expect(stated(text)[0]).toMatch(/^الأردن: /u);
  });

  it('leaves a past verb, a phrase that names no one, and a subject after a conjunction to the other rules', () => {
    expect(stated('وزراء الخارجية يدعون إلى وقف القتال فورا.').some((s) => s.startsWith('وزراء'))).toBe(true);
    expect(stated('وقال الوزير سامر الحديدي إن الأردن يدعو كمال الغربي إلى الحوار.')[0]).toMatch(/^سامر الحديدي: /u);
  });
});
