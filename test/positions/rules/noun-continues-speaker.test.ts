import { describe, expect, it } from 'vitest';
import { nounContinuesSpeaker as rule } from '../../../src/positions/rules/noun-continues-speaker.js';
import { positions } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives "مع التشديد على" to the speaker of its sentence (its example)', () => {
    expect(positions(rule.example)[1]).toMatchObject({ holder: 'سامر الحديدي', cue: 'التشديد', statement: 'أن الاتفاق لم يكتمل بعد' });
    expect(positions(rule.example, [rule.id])[1].holder).toBe('كمال الغربي');
  });

  it('does not continue a speaker of another sentence', () => {
    const text = 'والتقى الرئيس كمال الغربي الوزير سامر الحديدي في قصر الرئاسة. وقال الوزير سامر الحديدي إن المفاوضات مستمرة. ومع التشديد على أن الاتفاق لم يكتمل بعد، بقيت نقاط عالقة.';
    const noun = positions(text).find((p) => p.cue === 'التشديد');
    expect(noun?.holder).not.toBe('سامر الحديدي');
    expect(noun?.rules).not.toContain(rule.id);
  });
});
