import { describe, expect, it } from 'vitest';
import { blameNeedsNamedSubject as rule } from '../../../src/positions/rules/blame-needs-named-subject.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes no position of blame laid by a phrase (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(positions(rule.example, [rule.id]).length).toBe(1);
  });

  it('makes none where the name before مسؤولية is the one blamed', () => {
    expect(positions('وانقسم المغردون بين من يحمّل الأردن مسؤولية الحادث ومن يدافع عنه.')).toEqual([]);
  });

  it('keeps blame laid by a named body or person', () => {
    expect(stated('وحمّلت الحكومة الأردنية المتمردين مسؤولية الهجوم على القافلة.')).toEqual(['الحكومة الأردنية: المتمردين مسؤولية الهجوم على القافلة']);
  });
});
