import { describe, expect, it } from 'vitest';
import { applyDates, findDateline } from '../../src/dates/index.js';
import { summarize } from '../../src/index.js';
import type { Meeting, Summary } from '../../src/types.js';

const meeting = (over: Partial<Meeting>): Meeting => ({
  participants: ['أ', 'ب'], host: null, kind: 'meeting', location: null, date: null, isoDate: null, cue: 'التقى', start: 0, end: 0, locationSpan: null, dateSpan: null, rules: [], ...over,
});
const summaryOf = (meetings: Meeting[]): Summary => ({ schemaVersion: 1, participants: [], meetings, positions: [], resolutions: [], warnings: [] });

describe('the dateline', () => {
  it('a place, a dash and a full date at the top', () => {
    expect(findDateline('عنوان الخبر\n\nبيروت - 5 أيار 2018\nالتقى الوزير…')).toBe('2018-05-05');
    expect(findDateline('عنوان\nالرياض، 3 يونيو 2021 (واس) - استقبل ولي العهد…')).toBe('2021-06-03');
    expect(findDateline('عنوان\nالقاهرة في 15/01/2020 - استقبل الوزير…')).toBe('2020-01-15');
  });
  it('a line of its own that is little more than a date', () => {
    expect(findDateline('عنوان\nالثلاثاء 12 آذار 2019\nنص الخبر')).toBe('2019-03-12');
    expect(findDateline('عنوان\nنشر في: 15/01/2020 - 11:30 ص\nنص')).toBe('2020-01-15');
  });
  it('not a date cited in the story, nor one past the top lines', () => {
    expect(findDateline('عنوان\nالقاهرة - استقبل الوزير وفدا ناقش تطبيق القرار الصادر في 18 ديسمبر 2015 بشأن سوريا')).toBeNull();
    expect(findDateline('عنوان\nسطر\nسطر\nسطر\nسطر\n5 أيار 2018')).toBeNull();
    expect(findDateline('عنوان\nبيروت - أمس')).toBeNull();
  });
});

describe('applyDates', () => {
  it('sets isoDate and dateResolution from each meeting\'s date and the reference', () => {
    const s = applyDates(summaryOf([meeting({ date: 'أمس' }), meeting({ date: 'الأسبوع الماضي' }), meeting({ date: null })]), '', { referenceDate: '2019-03-12' });
    expect(s.referenceDate).toEqual({ date: '2019-03-12', source: 'option' });
    expect(s.meetings.map((m) => [m.isoDate, m.dateResolution])).toEqual([
      ['2019-03-11', 'day'],
      ['2019-03-04', 'week'],
      [null, null],
    ]);
  });

  it('without a reference, only full dates resolve; an extractor\'s isoDate stays', () => {
    const s = applyDates(summaryOf([meeting({ date: 'أمس' }), meeting({ date: '10 أغسطس 2015', isoDate: '2015-08-10' })]), 'نص', {});
    expect(s.referenceDate).toBeNull();
    expect(s.meetings.map((m) => [m.isoDate, m.dateResolution])).toEqual([
      [null, null],
      ['2015-08-10', 'day'],
    ]);
  });

  it('a week, month or Hijri date in the meeting\'s own evidence dates a meeting the extractor left undated', () => {
    const text = 'التقى الوزيران الأسبوع الماضي في عمان.';
    const s = applyDates(summaryOf([meeting({ start: 0, end: text.length })]), text, { referenceDate: '2019-03-12', referenceSource: 'record' });
    expect(s.referenceDate).toEqual({ date: '2019-03-12', source: 'record' });
    expect([s.meetings[0].isoDate, s.meetings[0].dateResolution]).toEqual(['2019-03-04', 'week']);
    expect(s.meetings[0].date).toBeNull(); // what was extracted is never changed
  });

  it('an invalid reference is ignored (the dateline is used)', () => {
    const s = applyDates(summaryOf([]), 'عنوان\nبيروت - 5 أيار 2018\nنص', { referenceDate: '2019-02-30' });
    expect(s.referenceDate).toEqual({ date: '2018-05-05', source: 'dateline' });
  });

  it('summarize() runs it after extraction', () => {
    const text = 'عمان - 12 آذار 2019\nاستقبل وزير الخارجية الأردني سامر العدوان أمس في عمان نظيره العماني سالم بن حمد الهنائي.';
    const s = summarize(text);
    expect(s.referenceDate).toEqual({ date: '2019-03-12', source: 'dateline' });
    const dated = s.meetings.find((m) => m.date === 'أمس');
    expect(dated?.isoDate).toBe('2019-03-11');
    expect(summarize(text, { referenceDate: '2020-01-01' }).meetings.find((m) => m.date === 'أمس')?.isoDate).toBe('2019-12-31');
  });
});
