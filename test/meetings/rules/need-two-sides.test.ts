import { describe, expect, it } from 'vitest';
import { needTwoSides as rule } from '../../../src/meetings/rules/need-two-sides.js';
import { meetings, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports no meeting of two bodies with no person and no listed or named sides (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(sides(rule.example, [rule.id])).toEqual([['حركة فتح', 'حركة حماس']]);
  });

  it('reports the meeting of two bodies named as sides by their delegations or officials', () => {
    expect(meetings('والتقى وفد من حركة فتح وفدا من حركة حماس في القاهرة.')).toMatchObject([{ participants: ['حركة فتح', 'حركة حماس'], location: 'القاهرة' }]);
    expect(meetings('وبدأ مفاوضون من المعارضة السورية محادثات مع مسؤولين روس في عمان.')).toMatchObject([{ participants: ['المعارضة السورية', 'روسيا'], location: 'عمان' }]);
  });

  it('reports the meeting of a person with a body\'s delegation', () => {
    const text = 'والتقى الوزير سامر الحديدي وفدا من حركة حماس في القاهرة.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'حركة حماس'], location: 'القاهرة' }]);
  });
});
