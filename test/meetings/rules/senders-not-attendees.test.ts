import { describe, expect, it } from 'vitest';
import { sendersNotAttendees as rule } from '../../../src/meetings/rules/senders-not-attendees.js';
import { sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('drops the sender of a letter someone else carried (its example)', () => {
    expect(sides(rule.example)).toEqual([['كمال الغربي', 'سامر الحديدي']]);
    expect(sides(rule.example, [rule.id])).toEqual([['كمال الغربي', 'سامر الحديدي', 'طلال العمري']]);
  });

  it('drops the one whose greetings were carried', () => {
    const text = 'والتقى الرئيس كمال الغربي برئيس الوزراء سامر الحديدي الذي نقل له تحيات وتهنئة الرئيس طلال العمري بافتتاح القناة.';
    expect(sides(text)).toEqual([['كمال الغربي', 'سامر الحديدي']]);
  });

  it('keeps one who wrote a letter himself', () => {
    const text = 'ووجهت الوزيرة سارة الكامل رسالة شكر إلى الرئيس كمال الغربي على استضافتها خلال زيارتها إلى عمان.';
    expect(sides(text)[0]).toEqual(expect.arrayContaining(['سارة الكامل', 'كمال الغربي']));
  });

  it('reaches a sender named with a long title (من خادم الحرمين الشريفين الملك فلان)', () => {
    const text = 'استقبل الرئيس كمال الغربي في قصره اليوم الوزير سامر الحديدي، الذي نقل رسالة خطية من خادم الحرمين الشريفين الملك طلال بن فهد العمري.';
    expect(sides(text)).toEqual([['كمال الغربي', 'سامر الحديدي']]);
  });
});
