import { describe, expect, it } from 'vitest';
import { objectAfterSubject as rule } from '../../../src/positions/rules/object-after-subject.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('starts the statement at the object between the subject and the particle (its example)', () => {
    expect(positions(rule.example)).toMatchObject([{ holder: 'مجلس النواب', statement: 'ضرورة الإبقاء على الدعم الحكومي للخبز' }]);
    expect(positions(rule.example, [rule.id])[0].statement).toBe('الدعم الحكومي للخبز');
  });

  it('leaves an adverbial between the subject and the particle out of the statement', () => {
    const found = positions('وأكد مجلس النواب خلال جلسته على الدعم الحكومي للخبز.');
    expect(found).toMatchObject([{ holder: 'مجلس النواب', statement: 'الدعم الحكومي للخبز' }]);
    expect(found[0].rules).not.toContain(rule.id);
  });
});
