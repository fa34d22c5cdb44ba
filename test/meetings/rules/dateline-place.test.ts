import { describe, expect, it } from 'vitest';
import { datelinePlace as rule } from '../../../src/meetings/rules/dateline-place.js';
import { meetings } from '../../rules/read.js';

const HEAD = 'الحكومة والبرلمان يتفقان على مشروع القانون\n';

describe(rule.id, () => {
  it('places a meeting of the dateline\'s state in the dateline\'s capital (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ location: 'عمان' }]);
    expect(meetings(rule.example, [rule.id])).toMatchObject([{ location: null }]);
  });

  it('reads a capital with its state and outlet after it, or any city after an agency\'s tag', () => {
    const body = 'التقى وزير الخارجية المصري فهد الزين نظيره الأردني سامر الحديدي وبحثا العلاقات الثنائية.';
    expect(meetings(HEAD + 'القاهرة، مصر (وكالات) -- ' + body)).toMatchObject([{ location: 'القاهرة' }]);
    expect(meetings(HEAD + 'القاهرة - ' + body)).toMatchObject([{ location: 'القاهرة' }]);
    const local = 'استقبل وزير التعليم السعودي الدكتور سالم العلي مدير الجامعة الدكتور فهد الزين وبحثا خطط العام الدراسي.';
    expect(meetings(HEAD + 'واس - جدة: ' + local)).toMatchObject([{ location: 'جدة' }]);
  });

  it('leaves a headline city, a desk that is no capital, a place already given, and meetings of other states alone', () => {
    const body = 'التقى وزير الخارجية المصري فهد الزين نظيره الأردني سامر الحديدي وبحثا العلاقات الثنائية.';
    // a city and a colon opening the text is a headline's topic
    expect(meetings('القاهرة: ' + body)).toMatchObject([{ location: null }]);
    // a city that is no capital, with an outlet after it, is where the desk is
    expect(meetings(HEAD + 'الإسكندرية، مصر (وكالات) -- ' + body)).toMatchObject([{ location: null }]);
    expect(meetings(HEAD + 'القاهرة، مصر (وكالات) -- التقى وزير الخارجية المصري فهد الزين نظيره الأردني سامر الحديدي في عمان.')).toMatchObject([{ location: 'عمان' }]);
    expect(meetings(HEAD + 'الرياض، السعودية (وكالات) -- ' + body)).toMatchObject([{ location: null }]);
    // a call is held nowhere
    expect(meetings(HEAD + 'القاهرة، مصر (وكالات) -- تلقى وزير الخارجية المصري فهد الزين اتصالا هاتفيا من نظيره الأردني سامر الحديدي.')[0]?.location ?? null).toBeNull();
  });
});
