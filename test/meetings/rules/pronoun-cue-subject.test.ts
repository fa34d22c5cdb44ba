import { describe, expect, it } from 'vitest';
import { pronounCueSubject as rule } from '../../../src/meetings/rules/pronoun-cue-subject.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads the pronoun of لقائه as the person named before the sentence (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], cue: 'لقائه', location: 'تونس' }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    // switched off, the meeting goes; the arrival of the first sentence is a visit of its own
    expect(meetings(rule.example, [rule.id]).filter((m) => m.participants.includes('كمال الغربي'))).toEqual([]);
  });

  it('does not read the pronoun as a spokesman named before', () => {
    const text = 'وقال المتحدث باسم الرئاسة هاني الزعبي إن الزيارة ناجحة. وخلال لقائه بالرئيس كمال الغربي بحث الجانبان التعاون.';
    expect(meetings(text)).toEqual([]);
  });

  it('adds no one to a sentence that names both sides', () => {
    const text = 'وصل الوزير سامر الحديدي إلى تونس أمس. والتقى النائب هاني الزعبي خلال زيارته للبرلمان الرئيس كمال الغربي.';
    const met = meetings(text).filter((m) => m.participants.includes('كمال الغربي'));
    expect(met).toMatchObject([{ participants: ['هاني الزعبي', 'كمال الغربي'] }]);
    expect(met[0].rules).not.toContain(rule.id);
  });
});
