import { describe, expect, it } from 'vitest';
import { attributingCue as rule } from '../../../src/positions/rules/attributing-cue.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a cue after حسبما as attributing the clause before it, no claim (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(stated(rule.example, [rule.id])).toEqual(['نبيل العمراني: الأعمال ستستمر شهرا']);
  });

  it('reads a cue after كما as a claim', () => {
    const text = 'وستبدأ أعمال الصيانة في الميناء الأسبوع المقبل، كما أعلن مدير الميناء نبيل العمراني أن الأعمال ستستمر شهرا.';
    expect(positions(text)).toMatchObject([{ holder: 'نبيل العمراني', cue: 'أعلن', statement: 'الأعمال ستستمر شهرا' }]);
  });
});
