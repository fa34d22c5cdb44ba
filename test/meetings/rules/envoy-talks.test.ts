import { describe, expect, it } from 'vitest';
import { envoyTalks as rule } from '../../../src/meetings/rules/envoy-talks.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports an envoy\'s talks at a named place with no other side named (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سليم العمري'], kind: 'talks', location: 'الخرطوم', date: 'أمس', rules: [rule.id] }]);
    expect(meetings(rule.example, [rule.id])).toEqual([]);
  });

  it('reports no talks of a minister alone', () => {
    expect(meetings('أجرى الوزير مازن العمري مباحثات في الخرطوم أمس حول وقف إطلاق النار.')).toEqual([]);
  });

  it('reports no talks an envoy only speaks of', () => {
    expect(meetings('وقال المبعوث الأممي مازن العمري إن المباحثات في الخرطوم متعثرة.')).toEqual([]);
  });
});
