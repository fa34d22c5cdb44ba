import { describe, expect, it } from 'vitest';
import { bodyConvenes as rule } from '../../../src/meetings/rules/body-convenes.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports a body holding its own meeting (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['المجلس الوطني الفلسطيني'], kind: 'meeting', location: 'رام الله', date: 'اليوم', rules: [rule.id, 'body-as-side'] }]);
    expect(meetings(rule.example, [rule.id])).toEqual([]);
  });

  it('reads its members before its name, يجتمع after it, and its own meeting with a pronoun', () => {
    expect(meetings('وعقد أعضاء في الحكومة الأردنية أمس اجتماعا في العقبة لبحث خطة الطوارئ.')).toMatchObject([{ participants: ['الأردن'], location: 'العقبة' }]);
    expect(meetings('منظمة التعاون الإسلامي تجتمع غدا في جدة')).toMatchObject([{ participants: ['منظمة التعاون الإسلامي'], location: 'جدة' }]);
    expect(meetings('ويبحث وزراء خارجية الاتحاد الأفريقي اليوم خلال اجتماعهم في نيروبي سبل دعم السلام.')).toMatchObject([{ participants: ['الاتحاد الأفريقي'], location: 'نيروبي' }]);
  });

  it('takes no place from what the meeting is about or follows', () => {
    expect(meetings('وعقد مجلس الأمن الدولي اجتماعا طارئا الثلاثاء بعد مقتل العشرات في مدينة حمص.')).toMatchObject([{ participants: ['مجلس الأمن الدولي'], location: null }]);
  });

  it('reports no meeting of a country, of a quoted or past body, nor one only mentioned as a frame', () => {
    expect(meetings('وعقدت مصر اجتماعا أمس لبحث الأزمة.')).toEqual([]);
    expect(meetings('وقال الوزير إن "المجلس الوطني الفلسطيني يجتمع غدا".')).toEqual([]);
    expect(meetings('وأعلنت وزارة الصحة عن حملة على هامش اجتماعات الجمعية العامة للأمم المتحدة.')).toEqual([]);
  });
});
