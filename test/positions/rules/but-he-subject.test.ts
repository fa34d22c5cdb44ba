import { describe, expect, it } from 'vitest';
import { butHeSubject as rule } from '../../../src/positions/rules/but-he-subject.js';
import { stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a cue after لكنه to the first person of its sentence (its example)', () => {
    expect(stated(rule.example)).toEqual(['كمال الغربي: الاجتماع لم يحسم الخلاف حول الميزانية']);
    expect(stated(rule.example, [rule.id])).toEqual(['رائد الكبيسي: الاجتماع لم يحسم الخلاف حول الميزانية']);
  });

  it('gives a cue after "لكن النائب" to the one named there', () => {
    const text = 'والتقى الوزير كمال الغربي النائب رائد الكبيسي، لكن النائب أعلن أن الاجتماع لم يحسم الخلاف حول الميزانية.';
    expect(stated(text)).toEqual(['رائد الكبيسي: الاجتماع لم يحسم الخلاف حول الميزانية']);
  });
});
