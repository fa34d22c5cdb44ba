import { describe, expect, it } from 'vitest';
import { subjectFramedByKana as rule } from '../../../src/positions/rules/subject-framed-by-kana.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives the accusation to the subject inside كان … قد, not to the one accused (its example)', () => {
    expect(positions(rule.example)[0]).toMatchObject({ holder: 'سامر الحديدي', cue: 'اتهم' });
    expect(positions(rule.example)[0]?.statement).toMatch(/^الحكومة المجاورة بدعم/u);
    expect(positions(rule.example, [rule.id]).some((p) => p.holder === 'سامر الحديدي')).toBe(false);
  });

  it('reads a body named inside the frame as the holder of a criticism', () => {
    const text = 'وكانت منظمة العفو الدولية قد انتقدت السلطات المحلية لاحتجاز الصحفيين دون محاكمة.';
    expect(stated(text)[0]).toMatch(/^منظمة العفو الدولية: السلطات المحلية/u);
  });

  it('needs قد right before the verb and كان opening the frame', () => {
    // "الرئيس فلان اتهم…" with no frame: this rule does not read it
    expect(positions('وقال مصدر إن الوزير سامر الحديدي اتهم الحكومة المجاورة بدعم المتمردين.', []).map((p) => p.rules).flat()).not.toContain(rule.id);
  });
});

describe(`${rule.id}: كان opening the sentence`, () => {
  it('reads the subject after كان as the holder without قد too', () => {
    expect(stated('وكانت منظمة العفو الدولية انتقدت السلطات المحلية لاحتجاز الصحفيين.')[0]).toMatch(/^منظمة العفو الدولية: السلطات المحلية/u);
    expect(positions('وكان الرئيس سامر الحديدي اتهم الحكومة المجاورة بدعم المتمردين.')[0]).toMatchObject({ holder: 'سامر الحديدي' });
  });
});
