import { describe, expect, it } from 'vitest';
import { topicPersonsNotSides as rule } from '../../../src/meetings/rules/topic-persons-not-sides.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('keeps the person a meeting is about out of its sides (its example)', () => {
    expect(sides(rule.example)).toEqual([['سامر الحديدي', 'كمال الغربي']]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(sides(rule.example, [rule.id])).toEqual([['سامر الحديدي', 'كمال الغربي', 'مازن الخطيب']]);
  });

  it('reads past his titles to his name (قضية الصحفي والكاتب السعودي، فلان), and his fate, killing or release', () => {
    expect(sides('وصل الوزير سامر الحديدي إلى الرياض للقاء الملك كمال الغربي، لمناقشة قضية الصحفي والكاتب المعروف، مازن الخطيب.')).toEqual([['سامر الحديدي', 'كمال الغربي']]);
    expect(sides('بحث الرئيس كمال الغربي والوزير سامر الحديدي أمس مصير الرئيس السابق مازن الخطيب.')).toEqual([['كمال الغربي', 'سامر الحديدي']]);
    expect(sides('وتناول اتصال هاتفي بين الرئيس كمال الغربي والرئيس سامر الحديدي الإفراج عن القس مازن الخطيب.')).toEqual([['كمال الغربي', 'سامر الحديدي']]);
  });

  it('keeps one met after a topic (مع), and one a letter is handed to (إلى)', () => {
    expect(sides('بحث الوزير سامر الحديدي ملف اللاجئين مع الرئيس كمال الغربي.')).toEqual([['سامر الحديدي', 'كمال الغربي']]);
    expect(sides('والتقى المبعوث سامر الحديدي أمس في عمان لتسليم الرسالة إلى الرئيس كمال الغربي.')).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });
});
