import { describe, expect, it } from 'vitest';
import { sameSpeakerAgain as rule } from '../../../src/positions/rules/same-speaker-again.js';
import { stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives "the same source" the source that spoke last (its example)', () => {
    expect(stated(rule.example)).toEqual(['مصدر أمني: الشرطة أوقفت ثلاثة أشخاص', 'مصدر أمني: التحقيق متواصل']);
    expect(stated(rule.example, [rule.id])).toContain('ذات المصدر: التحقيق متواصل');
  });

  it('gives "the same official" the one who spoke last', () => {
    const text = 'قالت الوزيرة ليلى الساعدي إن الخطة ناجحة. وانتقدت نفس المسؤولة تأخر الميزانية.';
    expect(stated(text)).toEqual(['ليلى الساعدي: الخطة ناجحة', 'ليلى الساعدي: تأخر الميزانية']);
  });

  it('names no holder for "the same" of something else, or a source when no source spoke', () => {
    expect(stated('قالت الوزيرة ليلى الساعدي إن الخطة ناجحة. وأكدت ذات مغزى أن الإصلاح مستمر.')).toEqual(['ليلى الساعدي: الخطة ناجحة']);
    expect(stated('قالت الوزيرة ليلى الساعدي إن الخطة ناجحة. وأضاف ذات المصدر أن التحقيق متواصل.')).toEqual(['ليلى الساعدي: الخطة ناجحة']);
  });
});
