import { describe, expect, it } from 'vitest';
import { participleSubject as rule } from '../../../src/positions/rules/participle-subject.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a participle to the first person of its sentence (its example)', () => {
    expect(positions(rule.example)).toMatchObject([{ holder: 'كمال الغربي', cue: 'مشددا', statement: 'ضرورة توفير الأدوية للمرضى' }]);
    expect(positions(rule.example, [rule.id])).toEqual([]);
  });

  it('gives a participle to no one where its sentence names no person', () => {
    expect(positions('وتراجعت أسعار الخبز أمس، مؤكدة توقعات التجار.')).toEqual([]);
  });
});
