import { describe, expect, it } from 'vitest';
import { notingNeedsParticle as rule } from '../../../src/positions/rules/noting-needs-particle.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads لافتة with no إلى or أن as a sign or "remarkable" (its example)', () => {
    expect(positions(rule.example).map((p) => p.cue)).toEqual(['قال']);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toContain('لافتة');
  });

  it('keeps لافتا with إلى right after it', () => {
    expect(stated('وقال الوزير سامر الحديدي إن الخطة جاهزة، لافتا إلى أن التنفيذ يبدأ غدا.')).toEqual([
      'سامر الحديدي: الخطة جاهزة',
      'سامر الحديدي: أن التنفيذ يبدأ غدا',
    ]);
  });
});
