import { describe, expect, it } from 'vitest';
import { skipLongPastDate as rule } from '../../../src/meetings/rules/skip-long-past-date.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('leaves out a meeting dated to a past month (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['كمال الغربي', 'سامر الحديدي']]);
  });

  it('reports a meeting dated to a weekday though a past month is named beside it', () => {
    const text = 'والتقى الرئيس كمال الغربي، الأربعاء، نظيره سامر الحديدي في روما، في أول لقاء بينهما منذ مارس الماضي.';
    expect(meetings(text)).toMatchObject([{ participants: ['كمال الغربي', 'سامر الحديدي'], location: 'روما', date: 'الأربعاء' }]);
  });

  it('leaves out a meeting dated to a year two or more before the article\'s latest year, after في', () => {
    const past = 'وقال الوزير كمال الغربي في 2018 إن الحوار مستمر. والتقى الغربي الرئيس سامر الحديدي في عام 2013 في روما.';
    expect(meetings(past)).toEqual([]);
    expect(sides(past, [rule.id])).toEqual([['كمال الغربي', 'سامر الحديدي']]);
    // a year of something else in the sentence (الاتفاق الموقع عام 2013) dates no meeting
    const now = 'وقال الوزير كمال الغربي في 2018 إن الحوار مستمر. والتقى الغربي الرئيس سامر الحديدي لبحث الاتفاق الموقع عام 2013.';
    expect(sides(now)).toEqual([['كمال الغربي', 'سامر الحديدي']]);
  });
});
