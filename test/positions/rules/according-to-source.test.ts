import { describe, expect, it } from 'vitest';
import { accordingToSource as rule } from '../../../src/positions/rules/according-to-source.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes no position of reports cited as a source (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(stated(rule.example, [rule.id])).toEqual(['تقارير صحفية محلية: المفاوضات ستستأنف الأسبوع المقبل في العاصمة']);
  });

  it('makes none of figures or the press', () => {
    expect(positions('وبحسب الأرقام الرسمية، فإن عدد الزوار تضاعف هذا العام.')).toEqual([]);
    expect(positions('وحسب الصحف المحلية، فإن الانتخابات ستؤجل إلى الخريف.')).toEqual([]);
  });

  it('never gives the words after فإن to the speaker of earlier words', () => {
    const text = 'وقالت الشركة إن أرباحها زادت. وبحسب وكالة الأنباء المحلية، فإن المدير هو صلة الوصل بين الشركة والوزارة.';
    expect(stated(text)).toEqual(['الشركة: أرباحها زادت']);
  });

  it('keeps a person, a body or an unnamed source, and people unnamed', () => {
    expect(stated('وحسب مراقبين، فإن الانتخابات ستؤجل إلى الخريف.')).toEqual(['مراقبين: الانتخابات ستؤجل إلى الخريف']);
    expect(stated('وحسب مصادر أمنية، فإن القصف أدى إلى مقتل عشرة مدنيين.')).toEqual(['مصادر أمنية: القصف أدى إلى مقتل عشرة مدنيين']);
  });
});
