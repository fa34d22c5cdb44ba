import { describe, expect, it } from 'vitest';
import { genitiveChain as rule } from '../../../src/entities/rules/genitive-chain.js';
import { entity, people } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads the office through its genitive nouns up to the name (its example)', () => {
    expect(entity(rule.example, 'طارق العمري')).toMatchObject({ roles: ['رئيس هيئة الموانئ'], rules: [rule.id] });
    expect(entity(rule.example, 'طارق العمري', [rule.id])?.roles).toEqual([]);
  });

  it('reads no person where the genitive nouns end in no name', () => {
    expect(people('وصرح رئيس هيئة الموانئ الجديدة بأن العمل مستمر.')).toEqual([]);
  });
});
