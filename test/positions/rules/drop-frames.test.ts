import { describe, expect, it } from 'vitest';
import { dropFrames as rule } from '../../../src/positions/rules/drop-frames.js';
import { stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('drops a statement that only frames another\'s (its example)', () => {
    expect(stated(rule.example)).toEqual(['كمال الغربي: ارتياحه لنتائج الموسم الزراعي']);
    expect(stated(rule.example, [rule.id])).toContain('هاني الزعبي: الوزير كمال الغربي أعرب عن ارتياحه لنتائج الموسم الزراعي');
  });

  it('keeps a statement followed by another\'s in its own clause', () => {
    const text = 'وأوضح مدير المكتب هاني الزعبي أن الموسم الزراعي كان جيدا، وأعرب الوزير كمال الغربي عن ارتياحه لنتائجه.';
    expect(stated(text)).toEqual(['هاني الزعبي: الموسم الزراعي كان جيدا', 'كمال الغربي: ارتياحه لنتائجه']);
  });
});
