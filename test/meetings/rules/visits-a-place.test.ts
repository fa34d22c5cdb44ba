import { describe, expect, it } from 'vitest';
import { visitsAPlace as rule } from '../../../src/meetings/rules/visits-a-place.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports an official visiting a named place (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي'], kind: 'visit', location: 'العاصمة الماليزية كوالالمبور', date: 'أمس', rules: [rule.id] }]);
    expect(meetings(rule.example, [rule.id])).toEqual([]);
  });

  it('reads the visitor after a visit noun and the place past his titles', () => {
    const text = 'أكد الباحث سامر الحديدي أن زيارة نائب الرئيس رئيس مجلس الوزراء كمال الغربي إلى محافظة عدن تؤكد عودة الأمن.';
    expect(meetings(text)).toMatchObject([{ participants: ['كمال الغربي'], kind: 'visit', location: 'عدن' }]);
  });

  it('reads a place with ل after the visit noun, giving back the ا of لل (للسعودية → السعودية)', () => {
    expect(meetings('وبدأ الرئيس كمال الغربي أمس زيارة لسنغافورة تستمر يومين.')).toMatchObject([{ location: 'سنغافورة' }]);
    expect(meetings('وبدأ الرئيس كمال الغربي أمس زيارة للسعودية تستمر يومين.')).toMatchObject([{ location: 'السعودية' }]);
  });

  it('reports no visit only awaited, intended, or told as a quoted speaker\'s background', () => {
    expect(meetings('وأعلن الوزير كمال الغربي عن زيارة له مرتقبة للسعودية.')).toEqual([]);
    expect(meetings('ودعا الوزير كمال الغربي نظراءه لزيارة موسكو.')).toEqual([]);
    expect(meetings('وقال الوزير كمال الغربي الذي يزور نيويورك إن بلاده لا تسعى للحرب.')).toEqual([]);
  });

  it('reports no visit told as years back, nor one whose visitor is named away from the cue', () => {
    expect(meetings('قبل أعوام شبه الرئيس كمال الغربي خلال زيارته لقطر القناة بعلبة الكبريت.')).toEqual([]);
    expect(meetings('وكنت أول رئيس أوروبي يزور مصر في ديسمبر، حيث أتيحت الفرصة للاجتماع بالسيد كمال الغربي نائب الرئيس للمرة الأولى.')).toEqual([]);
  });

  it('reports an arrival only where it is dated to the report\'s days', () => {
    expect(meetings('ووصل الوزير كمال الغربي أمس إلى تونس.')).toMatchObject([{ participants: ['كمال الغربي'], location: 'تونس' }]);
    expect(meetings('ولم يمض وقت طويل حتى وصل الوزير كمال الغربي إلى تونس.')).toEqual([]);
  });

  it('leaves the visit to the visitor\'s meetings, giving them its place', () => {
    const text = 'زار الرئيس كمال الغربي موسكو أمس. وقال الغربي إن العلاقات جيدة. والتقى الغربي الرئيس سامر الحديدي.';
    expect(meetings(text)).toMatchObject([{ participants: ['كمال الغربي', 'سامر الحديدي'], location: 'موسكو' }]);
  });

  it('gives a place written with ل + ال (للدوحة) as the article writes it elsewhere (الدوحة), else with its ا given back', () => {
    const named = 'وتستضيف الدوحة اليوم مؤتمرا للطاقة. وزار وزير الخارجية سامر الحديدي أمس للدوحة في جولة خليجية.';
    expect(meetings(named)).toMatchObject([{ participants: ['سامر الحديدي'], location: 'الدوحة' }]);
    const alone = 'وزار وزير الخارجية سامر الحديدي أمس للدوحة في جولة خليجية.';
    expect(meetings(alone)).toMatchObject([{ participants: ['سامر الحديدي'], location: 'الدوحة' }]);
  });
});
