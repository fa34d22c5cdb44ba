import { describe, expect, it } from 'vitest';
import { cutAtLaterMeeting as rule } from '../../../src/meetings/rules/cut-at-later-meeting.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('keeps those who took part in an earlier meeting told later in the sentence out (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });

  it('keeps the sides named after a later cue that tells no earlier meeting', () => {
    const text = 'وصل الوزير سامر الحديدي إلى تونس حيث التقى الوزير كمال الغربي.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: 'تونس' }]);
  });

  it('does not cut at a later cue told in the same frame, as the same programme', () => {
    const text = 'يلتقي الرئيس التونسي منير الجلاصي وزير الخارجية الجزائري عمر بلقاسم كما سيلتقي رئيس الحكومة الجزائرية سليم العمري.';
    expect(sides(text)[0]).toEqual(expect.arrayContaining(['منير الجلاصي', 'عمر بلقاسم', 'سليم العمري']));
  });

  it('cuts at a meeting told as arranged after one told as done', () => {
    const text = 'استقبل الرئيس التونسي منير الجلاصي وزير الخارجية الجزائري عمر بلقاسم، وسيلتقي رئيس الحكومة الجزائرية سليم العمري الأسبوع المقبل.';
    expect(sides(text)[0]).toEqual(['منير الجلاصي', 'عمر بلقاسم']);
  });
});
