import { describe, expect, it } from 'vitest';
import { adjectiveParticiple as rule } from '../../../src/positions/rules/adjective-participle.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads مشددة after an indefinite feminine noun as an adjective, no cue (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['مشددة']);
  });

  it('reads مشددة after a comma as a participle cue', () => {
    const text = 'وزارت الوزيرة ليلى الساعدي الأسواق الشعبية، مشددة على ضرورة ضبط أسعار الخبز.';
    expect(positions(text)).toMatchObject([{ holder: 'ليلى الساعدي', cue: 'مشددة', statement: 'ضرورة ضبط أسعار الخبز' }]);
  });
});
