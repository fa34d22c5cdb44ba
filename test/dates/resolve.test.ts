import { describe, expect, it } from 'vitest';
import { resolveDateExpression as resolve } from '../../src/dates/index.js';
import { dayFromHijri, dayOf, hijriOf, isoOf, weekdayOf } from '../../src/dates/calendar.js';

// Tuesday 12 March 2019 is the reference day of most cases below.
const REF = '2019-03-12';
const at = (expr: string, ref: string | null = REF) => resolve(expr, ref);
const day = (expr: string, ref: string | null = REF) => {
  const r = at(expr, ref);
  return r && r.resolution === 'day' ? r.iso : r ? `${r.iso}/${r.resolution}` : null;
};

describe('calendar arithmetic', () => {
  it('weekdays and day numbers', () => {
    expect(weekdayOf(dayOf('2019-03-12') as number)).toBe(2);
    expect(isoOf(dayOf('2020-02-29') as number)).toBe('2020-02-29');
    expect(dayOf('2019-02-29')).toBeNull();
  });

  it('Umm al-Qura Hijri dates both ways', () => {
    expect(isoOf(dayFromHijri(1436, 9, 1) as number)).toBe('2015-06-18');
    expect(isoOf(dayFromHijri(1445, 1, 1) as number)).toBe('2023-07-19');
    expect(hijriOf(dayOf('2023-06-28') as number)).toEqual({ year: 1444, month: 12, day: 10 });
    expect(dayFromHijri(1444, 13, 1)).toBeNull();
  });
});

describe('relative days', () => {
  it('اليوم، الليلة → the reference day', () => {
    expect(day('اليوم')).toBe('2019-03-12');
    expect(day('الليلة')).toBe('2019-03-12');
  });
  it('أمس، البارحة، مساء أمس → the day before', () => {
    expect(day('أمس')).toBe('2019-03-11');
    expect(day('البارحة')).toBe('2019-03-11');
    expect(day('مساء أمس')).toBe('2019-03-11');
  });
  it('أول أمس، أول من أمس، أمس الأول → two days before', () => {
    for (const e of ['أول أمس', 'أول من أمس', 'أمس الأول']) expect(day(e), e).toBe('2019-03-10');
  });
  it('غدا، غدًا، بعد غد → ahead', () => {
    expect(day('غدا')).toBe('2019-03-13');
    expect(day('غدًا')).toBe('2019-03-13');
    expect(day('بعد غد')).toBe('2019-03-14');
  });
  it('a weekday beside it settles an article dated a day off', () => {
    expect(day('اليوم الثلاثاء')).toBe('2019-03-12');
    expect(day('اليوم (الثلاثاء)')).toBe('2019-03-12');
    // Published just after midnight on Wednesday, about "today, Tuesday".
    expect(day('اليوم الثلاثاء', '2019-03-13')).toBe('2019-03-12');
    expect(day('أمس الأحد', '2019-03-12')).toBe('2019-03-10');
    expect(day('صبيحة اليوم الأربعاء', '2019-03-13')).toBe('2019-03-13');
  });
});

describe('weekday names', () => {
  it('a bare weekday: the last such day on or before the reference', () => {
    expect(day('الثلاثاء')).toBe('2019-03-12');
    expect(day('الخميس')).toBe('2019-03-07');
    expect(day('يوم الأحد')).toBe('2019-03-10');
    expect(day('الإثنين')).toBe('2019-03-11');
  });
  it('الماضي: strictly before; المقبل، القادم: strictly after', () => {
    expect(day('الثلاثاء الماضي')).toBe('2019-03-05');
    expect(day('الأربعاء الماضي')).toBe('2019-03-06');
    expect(day('السبت المقبل')).toBe('2019-03-16');
    expect(day('الثلاثاء القادم')).toBe('2019-03-19');
  });
});

describe('weeks and months', () => {
  it('الأسبوع الماضي → the previous ISO week (its Monday), week resolution', () => {
    expect(at('الأسبوع الماضي')).toEqual({ iso: '2019-03-04', resolution: 'week', rule: 'relative-week' });
    expect(day('هذا الأسبوع')).toBe('2019-03-11/week');
    expect(day('الأسبوع المقبل')).toBe('2019-03-18/week');
    expect(day('مطلع الأسبوع الجاري')).toBe('2019-03-11/week');
  });
  it('الشهر الماضي → the previous month (its first day), month resolution', () => {
    expect(at('الشهر الماضي')).toEqual({ iso: '2019-02-01', resolution: 'month', rule: 'relative-month' });
    expect(day('الشهر الجاري')).toBe('2019-03-01/month');
    expect(day('الشهر المقبل', '2019-12-20')).toBe('2020-01-01/month');
    expect(day('الشهر الماضي', '2019-01-05')).toBe('2018-12-01/month');
  });
  it('a named month with الماضي/المقبل: the nearest such month on that side', () => {
    expect(day('مايو الماضي')).toBe('2018-05-01/month');
    expect(day('فبراير الماضي')).toBe('2019-02-01/month');
    expect(day('يونيو المقبل')).toBe('2019-06-01/month');
    expect(day('شهر آذار الجاري')).toBe('2019-03-01/month');
  });
});

describe('Gregorian dates with Arabic month names', () => {
  it('Egyptian/Gulf names', () => {
    expect(day('10 أغسطس 2015')).toBe('2015-08-10');
    expect(day('5 مايو 2018')).toBe('2018-05-05');
    expect(day('1 يناير 2020')).toBe('2020-01-01');
  });
  it('Levantine names, and both forms together', () => {
    expect(day('5 أيار 2018')).toBe('2018-05-05');
    expect(day('12 آذار 2019')).toBe('2019-03-12');
    expect(day('3 كانون الثاني 2017')).toBe('2017-01-03');
    expect(day('25 تشرين الأول 2016')).toBe('2016-10-25');
    expect(day('5 أيار/مايو 2018')).toBe('2018-05-05');
    expect(day('5 أيار (مايو) 2018')).toBe('2018-05-05');
    expect(day('14 آب 2015')).toBe('2015-08-14');
  });
  it('Maghrebi names', () => {
    expect(day('20 فيفري 2017')).toBe('2017-02-20');
    expect(day('6 دجنبر 2018')).toBe('2018-12-06');
    expect(day('3 جويلية 2019')).toBe('2019-07-03');
  });
  it('Arabic-Indic digits, "من شهر", "من عام"', () => {
    expect(day('١٢ آذار ٢٠١٩')).toBe('2019-03-12');
    expect(day('5 من شهر مايو من عام 2018')).toBe('2018-05-05');
  });
  it('a range is read as its first day; a date without its year takes the one nearest the reference', () => {
    expect(day('يومي 5 و6 ديسمبر', '2019-01-10')).toBe('2018-12-05');
    expect(day('22- 24 يوليو', '2019-07-01')).toBe('2019-07-22');
    expect(day('25 الجاري')).toBe('2019-03-25');
    expect(day('25 من الشهر الحالي')).toBe('2019-03-25');
  });
  it('a full date wins over the relative words beside it', () => {
    expect(day('اليوم الاثنين 20 فيفري 2017')).toBe('2017-02-20');
  });
  it('month and year → month resolution; numeric dates → day', () => {
    expect(day('مايو 2018')).toBe('2018-05-01/month');
    expect(day('آب 2015')).toBe('2015-08-01/month');
    expect(day('15/01/2020')).toBe('2020-01-15');
    expect(day('2020-01-15')).toBe('2020-01-15');
  });
});

describe('Hijri dates', () => {
  it('day, month and year (with هـ or without)', () => {
    expect(day('12 رمضان 1436 هـ')).toBe('2015-06-29');
    expect(day('١ رمضان ١٤٣٦ هـ')).toBe('2015-06-18');
    expect(day('10 ذو الحجة 1444')).toBe('2023-06-28');
    expect(day('10 ذي الحجة 1444 للهجرة')).toBe('2023-06-28');
  });
  it('month and year → the month from its first day', () => {
    expect(day('رمضان 1436 هـ')).toBe('2015-06-18/month');
    expect(day('ربيع الأول 1444 هـ')).toBe('2022-09-27/month');
  });
  it('a day and month without the year take the Hijri year nearest the reference', () => {
    expect(day('1 رمضان', '2015-07-01')).toBe('2015-06-18');
  });
});

describe('what is not resolved', () => {
  it('relative expressions need a reference day', () => {
    for (const e of ['أمس', 'الثلاثاء', 'الأسبوع الماضي', 'الشهر الماضي', '25 الجاري', 'مايو الماضي', '5 مايو']) expect(at(e, null), e).toBeNull();
  });
  it('full dates resolve without one', () => {
    expect(day('5 أيار 2018', null)).toBe('2018-05-05');
  });
  it('a year alone, a date that does not exist, words that only look like dates', () => {
    expect(at('١٤٣٦ هـ')).toBeNull();
    expect(at('عام 2018')).toBeNull();
    expect(at('31 فبراير 2019')).toBeNull();
    expect(at('30/02/2020')).toBeNull();
    expect(at('الأحدث')).toBeNull();
    expect(at('الجمعية العامة')).toBeNull();
    expect(at('اليومية')).toBeNull();
  });
});

describe('the month-name gate', () => {
  it('finds a month word among the marks a date is written with, and at either end of the text', () => {
    expect(day('5 أيار/مايو 2018')).toBe('2018-05-05');
    expect(day('(5 أيار 2018)')).toBe('2018-05-05');
    expect(day('بيروت: 5 أيار')).toBe('2018-05-05'.replace('2018', '2019'));
    expect(day('الموافق 12 رمضان 1436 هـ')).toBe(isoOf(dayFromHijri(1436, 9, 12) as number));
    expect(day('مايو 2018')).toBe('2018-05-01/month');
  });

  it('passes over words that only look like a month word: a longer word, a word inside another', () => {
    expect(day('5 مايوهات 2018')).toBeNull();
    expect(day('12 رمضانيات 1436')).toBeNull();
  });
});
