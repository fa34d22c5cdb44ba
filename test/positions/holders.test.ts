import { describe, expect, it } from 'vitest';
import type { MeetingFound } from '../../src/meetings/model.js';
import { person, positionsOf, view } from './helpers.js';
import { stated } from '../rules/read.js';

describe('holders', () => {
  // "وأضاف أن…": a continuation cue without a subject keeps the previous speaker.
  it('gives a continuation cue the previous holder', () => {
    const text = 'وقال الوزير سمير داود إن المفاوضات مستمرة. وأضاف أن الجولة المقبلة ستعقد في تونس.';
    const ps = positionsOf(text);
    expect(ps.map((p) => view(text, p))).toEqual([
      { holder: 'سمير داود', statement: 'المفاوضات مستمرة', slice: 'المفاوضات مستمرة' },
      { holder: 'سمير داود', statement: 'الجولة المقبلة ستعقد في تونس', slice: 'الجولة المقبلة ستعقد في تونس' },
    ]);
  });
  // An entity mention in the subject names the holder by its canonical name.
  it('resolves the subject through the entity index', () => {
    const text = 'وأكد داود أن الاتفاق صامد.';
    const ps = positionsOf(text, [person(0, 'سمير داود', text, 'داود')]);
    expect(ps[0]).toMatchObject({ holder: 'سمير داود', statement: 'الاتفاق صامد', rule: 'verb:akkada/entity' });
  });
  // "الجانبان": the first participant of the paragraph's meeting.
  it('gives a joint cue the meeting participant', () => {
    const text = 'التقى سمير داود نظيره هاني رشيد. وأكد الجانبان أهمية التنسيق المشترك بين البلدين.';
    const a = person(0, 'سمير داود', text);
    const b = person(1, 'هاني رشيد', text);
    const meeting: MeetingFound = { participants: [0, 1], host: null, kind: 'meeting', cue: { start: 0, end: 5 }, location: null, date: null, isoDate: null, span: { start: 0, end: 33 }, rules: ['test'] };
    const [p] = positionsOf(text, [a, b], [meeting]);
    expect(p).toMatchObject({ holder: 'سمير داود', rule: 'verb:akkada/joint' });
    expect(text.slice(p.start, p.end)).toBe('أهمية التنسيق المشترك بين البلدين');
  });
  // "نقلا عن X": X holds the position; the newspaper reported it.
  it('takes the source after نقلا عن as holder and the reporter as via', () => {
    const text = 'وذكرت الصحيفة نقلا عن رئيس الحزب فريد منصور أن الانتخابات ستجرى في موعدها.';
    const [p] = positionsOf(text);
    expect(p).toMatchObject({ holder: 'فريد منصور', via: 'الصحيفة', statement: 'الانتخابات ستجرى في موعدها' });
  });
  // "قال المتحدث باسم وزارة الخارجية": the ministry holds it, the spokesman reports it.
  it('records a spokesman as via, not holder', () => {
    const text = 'وقال المتحدث باسم وزارة الخارجية ماهر سليم إن الوزارة تتابع التطورات عن كثب.';
    const [p] = positionsOf(text);
    expect(p).toMatchObject({ holder: 'وزارة الخارجية', via: 'ماهر سليم', statement: 'الوزارة تتابع التطورات عن كثب' });
  });
  // "استقبل وزير الخارجية X … وأكد الوزير": a title alone refers back to the last person with that title.
  it('ties a title-only subject to the person last named with that title', () => {
    const text = 'استقبل وزير الخارجية نبيل حداد السفير الياباني. وأكد الوزير أن بلاده تدعم الحوار.';
    const ps = positionsOf(text);
    expect(ps.map((p) => [p.holder, p.statement])).toEqual([['نبيل حداد', 'بلاده تدعم الحوار']]);
  });
  // "إن الوزير X أكد على…": a subject before its verb.
  it('reads a subject written before the verb', () => {
    const text = 'وأوضح البيان أن الوزير عماد كريم أكد على ضرورة التهدئة.';
    const ps = positionsOf(text);
    expect(ps.map((p) => [p.holder, p.statement])).toContainEqual(['عماد كريم', 'ضرورة التهدئة']);
  });
  // "وأكدا على…": a dual verb without a subject is the meeting's joint view.
  it('gives a dual verb without subject the meeting participant', () => {
    const text = 'التقى سمير داود نظيره هاني رشيد. وأكدا على أهمية التنسيق المشترك.';
    const meeting: MeetingFound = { participants: [1, 0], host: null, kind: 'meeting', cue: { start: 0, end: 5 }, location: null, date: null, isoDate: null, span: { start: 0, end: 33 }, rules: ['test'] };
    const [p] = positionsOf(text, [person(0, 'سمير داود', text), person(1, 'هاني رشيد', text)], [meeting]);
    expect(p).toMatchObject({ holder: 'هاني رشيد', statement: 'أهمية التنسيق المشترك' });
    expect(text.slice(p.start, p.end)).toBe('أهمية التنسيق المشترك');
  });
  // "وشهد اللقاء التأكيد على…": a bare verbal noun in a meeting report.
  it('gives a bare verbal noun in a meeting report the meeting participant', () => {
    const text = 'التقى سمير داود نظيره هاني رشيد. وشهد اللقاء التأكيد على متانة العلاقات.';
    const meeting: MeetingFound = { participants: [0, 1], host: null, kind: 'meeting', cue: { start: 0, end: 5 }, location: null, date: null, isoDate: null, span: { start: 0, end: 33 }, rules: ['test'] };
    const [p] = positionsOf(text, [person(0, 'سمير داود', text), person(1, 'هاني رشيد', text)], [meeting]);
    expect(p).toMatchObject({ holder: 'سمير داود', statement: 'متانة العلاقات', rule: 'noun:akkada/joint' });
  });
});

// "قال الأسبوع الماضي فلان"، "وكانت الحكومة قد وافقت الشهر الماضي على": a time after the verb is no holder.
describe('a time after the verb', () => {
  it('is no holder: the subject before the verb holds it, or, with none, the speaker before', () => {
    expect(stated('وقال وزير النقل سامر الحديدي إن الطرق آمنة. وأعلن الأسبوع الماضي أن الطريق سيفتح قريبا.')).toEqual([
      'سامر الحديدي: الطرق آمنة',
      'سامر الحديدي: الطريق سيفتح قريبا',
    ]);
    expect(stated('وكانت الحكومة الأردنية قد وافقت الشهر الماضي على خطة الإصلاح.')).toEqual(['الحكومة الأردنية: خطة الإصلاح']);
  });
});
