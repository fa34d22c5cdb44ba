import { describe, expect, it } from 'vitest';
import { groupReference as rule } from '../../../src/meetings/rules/group-reference.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads "الزعماء الثلاثة" as the three people named in the sentence before (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['كمال الغربي', 'زياد العمري', 'هاني الزعبي'], kind: 'summit' }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(meetings(rule.example, [rule.id])).toEqual([]);
  });

  it('reads no one from a plural that names no closed group', () => {
    const text = 'وألقى الرئيس كمال الغربي والملك زياد العمري والأمير هاني الزعبي كلمات في الافتتاح. وعقد الزعماء قمة مغلقة.';
    expect(meetings(text)).toEqual([]);
  });
});
