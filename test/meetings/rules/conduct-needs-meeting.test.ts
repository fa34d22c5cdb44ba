import { describe, expect, it } from 'vitest';
import { conductNeedsMeeting as rule } from '../../../src/meetings/rules/cue-filters.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports no meeting where يجري is "what is going on" (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(meetings(rule.example, [rule.id])).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'] }]);
  });

  it('reports none for an inquiry or an election that takes place', () => {
    expect(meetings('وقال الوزير سامر الحديدي إن التحقيق يجري مع المتهمين بحضور المحامي كمال الغربي.')).toEqual([]);
  });

  it('still reports the talks, call or conversation a verb of conducting conducts', () => {
    expect(meetings('ويجري الوزير سامر الحديدي في طهران محادثات مع نظيره كمال الغربي.')).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: 'طهران' }]);
    expect(meetings('وأجرى الرئيس سامر الحديدي، رئيس الجمهورية، اتصالا هاتفيا بالرئيس كمال الغربي.')).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'] }]);
    expect(meetings('وأفاد المصدر بأن الوزيرين سامر الحديدي وكمال الغربي أجريا محادثة تناولت العلاقات الثنائية.')).toHaveLength(1);
  });
});
