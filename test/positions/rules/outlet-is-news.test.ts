import { describe, expect, it } from 'vitest';
import { outletIsNews as rule } from '../../../src/positions/rules/outlet-is-news.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('makes no position of what a newspaper reports (its example)', () => {
    expect(positions(rule.example)).toEqual([]);
    expect(stated(rule.example, [rule.id])).toEqual(['صحيفة المساء: الحكومة ستعلن تعديلا وزاريا الأسبوع المقبل']);
  });

  it('keeps what a ministry reports', () => {
    expect(stated('وذكرت وزارة الزراعة أن الحكومة ستعلن تعديلا وزاريا الأسبوع المقبل.')).toEqual(['وزارة الزراعة: الحكومة ستعلن تعديلا وزاريا الأسبوع المقبل']);
  });
});
