import { describe, expect, it } from 'vitest';
import { knownActor as rule } from '../../../src/entities/rules/known-actor.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a known office holder with no stated affiliation his office\'s country (its example)', () => {
    expect(entity(rule.example, 'سيرغي لافروف')).toMatchObject({ country: 'RU' });
    expect(entity(rule.example, 'سيرغي لافروف')?.rules).toContain(rule.id);
    expect(entity(rule.example, 'سامر الحديدي')?.country).toBeNull();
    expect(entity(rule.example, 'سيرغي لافروف', [rule.id])?.country).toBeNull();
  });

  it('gives no country to an unknown person with the same given name', () => {
    expect(entity('التقى سيرغي بافلوف الوزير سامر الحديدي في موسكو أمس.', 'سيرغي بافلوف')?.country).toBeNull();
  });
});
