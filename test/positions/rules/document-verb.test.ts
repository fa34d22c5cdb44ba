import { describe, expect, it } from 'vitest';
import { documentVerb as rule } from '../../../src/positions/rules/document-verb.js';
import { stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives no person what a text he signed stipulates (its example)', () => {
    expect(stated(rule.example)).toEqual([]);
    expect(stated(rule.example, [rule.id])).toEqual(['كمال الغربي: إعفاء السلع الزراعية من الرسوم الجمركية']);
  });

  it('keeps a person\'s own statement whole where a text inside it stipulates', () => {
    expect(stated('وقال الوزير كمال الغربي إن المادة العاشرة من الدستور تنص على أن الانتخابات تجرى كل أربع سنوات.')).toEqual([
      'كمال الغربي: المادة العاشرة من الدستور تنص على أن الانتخابات تجرى كل أربع سنوات',
    ]);
  });

  it('leaves other cues of a person alone', () => {
    expect(stated('وأكد الوزير كمال الغربي أن الاتفاق سيعفي السلع الزراعية من الرسوم.')).toEqual(['كمال الغربي: الاتفاق سيعفي السلع الزراعية من الرسوم']);
  });
});
