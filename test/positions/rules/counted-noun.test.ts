import { describe, expect, it } from 'vitest';
import { countedNoun as rule } from '../../../src/positions/rules/counted-noun.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads طالبا after a number as the noun "student", not a cue (its example)', () => {
    expect(stated(rule.example)).toEqual(['سامر الحديدي: المدرسة تستقبل هذا العام 147 طالبا بالسكن الداخلي']);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toContain('طالبا');
  });

  it('reads طلب after a count word as a request, and a verb spelling after a name particle as a name', () => {
    expect(positions('وتلقت البلدية آلاف طلب من السكان لإصلاح الطرق.')).toEqual([]);
    expect(positions('وزار الوفد مسجد علي بن أبي طالب في المدينة.')).toEqual([]);
  });

  it('leaves a verb after a year a verb, and طالب after a word a verb', () => {
    expect(stated('وفي عام 2017 أعلن الوزير سامر الحديدي أن الميناء سيفتح.')).toEqual(['سامر الحديدي: الميناء سيفتح']);
    expect(stated('وقال الوزير سامر الحديدي إن الخطة جاهزة، كما طالب بزيادة الميزانية.')).toEqual(['سامر الحديدي: الخطة جاهزة', 'سامر الحديدي: بزيادة الميزانية']);
  });
});
