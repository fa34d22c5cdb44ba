import { describe, expect, it } from 'vitest';
import { findMeetingCue as rule } from '../../../src/meetings/rules/find-meeting-cue.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports the meeting of a sentence through its cue (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['كمال الغربي', 'سامر الحديدي'], cue: 'استقبل', kind: 'reception', host: 'كمال الغربي' }]);
    expect(meetings(rule.example, [rule.id])).toEqual([]);
  });

  it('reports no meeting from a sentence naming two officials with no meeting cue', () => {
    expect(meetings('وأشاد الرئيس التونسي كمال الغربي بوزير الخارجية الأردني سامر الحديدي.')).toEqual([]);
  });

  it('reads no cue inside a given name (فيصل is no ف + يصل)', () => {
    expect(meetings('ورفع الوزير كمال الغربي التهاني للأمير فيصل بن سامر الحديدي بمناسبة العيد.')).toEqual([]);
    expect(meetings('ويصل الوزير كمال الغربي أمس إلى عمان حيث يلتقي الملك سامر الحديدي.')).not.toEqual([]);
  });
});
