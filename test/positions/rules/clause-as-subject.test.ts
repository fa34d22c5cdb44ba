import { describe, expect, it } from 'vitest';
import { clauseAsSubject as rule } from '../../../src/positions/rules/clause-as-subject.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads no one\'s words from a verb after ما with no subject (its example)', () => {
    expect(positions(rule.example).map((p) => p.cue)).toEqual(['قال']);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['قال', 'يشير']);
  });

  it('covers ما، وهو ما، وهذا ما before a present verb', () => {
    const text = 'وقال الوزير سامر الحديدي إن الحكومة ستدعم المزارعين. وارتفعت الأسعار بنسبة كبيرة، ما يرجح أن التضخم سيستمر. وهو ما يؤكد أن الخطة فشلت.';
    expect(stated(text)).toEqual(['سامر الحديدي: الحكومة ستدعم المزارعين']);
  });

  it('keeps a subject named after the verb, دائما ما, and a past verb after ما', () => {
    expect(stated('وارتفعت الأسعار، وهو ما يؤكده الوزير سامر الحديدي بقوله إن التضخم مؤقت.').some((s) => s.startsWith('سامر الحديدي'))).toBe(true);
    expect(stated('ودائما ما ينفي الوزير سامر الحديدي وجود أزمة في البلاد.')).toEqual(['سامر الحديدي: وجود أزمة في البلاد']);
    const past = 'وهاجم الرئيس كمال الغربي الصحيفة بسبب ما قال إنها "حملة كاذبة ضد الحكومة ورجالها".';
    expect(stated(past).some((s) => s.startsWith('كمال الغربي'))).toBe(true);
  });
});
