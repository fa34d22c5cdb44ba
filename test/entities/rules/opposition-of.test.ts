import { describe, expect, it } from 'vitest';
import { oppositionOf as rule } from '../../../src/entities/findBodies.js';
import { entities } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a state\'s opposition named by its nisba as a body of that state (its example)', () => {
    expect(entities(rule.example).filter((e) => e.kind === 'organization').map((e) => [e.name, e.country, e.organization])).toEqual([['المعارضة السورية', 'SY', 'المعارضة السورية']]);
    expect(entities(rule.example, [rule.id]).some((e) => e.kind === 'organization')).toBe(false);
  });

  it('reads no body from an opposition named by another adjective', () => {
    expect(entities('وقالت المعارضة اليمينية إن الحكومة فشلت في إدارة الأزمة.')).toEqual([]);
  });
});
