import { describe, expect, it } from 'vitest';
import { reporterNoun as rule } from '../../../src/positions/rules/reporter-noun.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives "وأكد البيان" to the meeting\'s side, the statement as via (its example)', () => {
    expect(positions(rule.example)).toMatchObject([{ holder: 'كمال الغربي', via: 'البيان', statement: 'البلدين سيوقعان اتفاقية للتعاون في مجال الطاقة' }]);
    // without it the statement is no one's: the verb's subject is البيان, not the man named before
    expect(positions(rule.example, [rule.id])).toEqual([]);
  });

  it('reads a named subject as the holder, with no reporter', () => {
    const text = 'والتقى الرئيس كمال الغربي الوزير سامر الحديدي في قصر الرئاسة أمس. وأكد الوزير سامر الحديدي أن البلدين سيوقعان اتفاقية للتعاون في مجال الطاقة.';
    expect(positions(text)).toMatchObject([{ holder: 'سامر الحديدي', via: null }]);
    expect(positions(text)[0].rules).not.toContain(rule.id);
  });
});
