import { describe, expect, it } from 'vitest';
import { relativeClause as rule } from '../../../src/positions/rules/relative-clause.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a relative clause\'s cue to the person named just before (its example)', () => {
    expect(stated(rule.example)).toEqual(['سامر الحديدي: بتسريع مشاريع الطرق']);
    expect(stated(rule.example, [rule.id])).toEqual(['البلديات: بتسريع مشاريع الطرق']);
  });

  it('passes over the cue of a relative clause whose antecedent is a decision', () => {
    const text = 'وأقر المجلس البلدي القرار الذي يطالب الحكومة بتسريع مشاريع الطرق.';
    expect(positions(text).map((p) => p.cue)).not.toContain('يطالب');
    expect(positions(text, [rule.id]).map((p) => p.cue)).toContain('يطالب');
  });

  it('gives a clause with a resumptive فيه to the subject it names after it', () => {
    const text = 'وتجددت الاحتجاجات مساء السبت، في الوقت الذي قال فيه الوزير سامر الحديدي خلال المؤتمر إن الحكومة لن تتراجع.';
    expect(stated(text)).toEqual(['سامر الحديدي: الحكومة لن تتراجع']);
    expect(stated('وقع الحادث في اليوم الذي أعلنت فيه وزارة الداخلية أنها ستفرج عن المعتقلين.')).toEqual(['وزارة الداخلية: ستفرج عن المعتقلين']);
  });

  it('leaves a resumptive فيه with no subject after it to the antecedent, and a particle far off to no one', () => {
    expect(stated('ورد الوزير كمال الغربي على تصريحات الوزير سامر الحديدي التي قال فيها إن الحكومة لن تتراجع.')).toEqual(['سامر الحديدي: الحكومة لن تتراجع']);
    const far = 'وفي اللحظة التي يطلب فيها الطبيب حبس النفس يتم أخذ العينة وذلك في أقل من ثانية واحدة بعد أن يستعد المريض لذلك.';
    expect(positions(far)).toEqual([]);
    const bi = 'وجاءت التعليقات بعد يوم من تصريحات لمحامي الرئيس سامر الحديدي التي طالب فيها بإنهاء التحقيق الذي يجريه كمال الغربي.';
    expect(stated(bi)[0]).toMatch(/^سامر الحديدي: /u);
  });
});
