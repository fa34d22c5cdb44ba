import { describe, expect, it } from 'vitest';
import { sameGatheringSpeakers as rule } from '../../../src/meetings/rules/same-gathering-speakers.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('joins a later speaker at "the meeting" to the gathering before (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: 'القاهرة', rules: ['speaks-at-a-gathering', rule.id] }]);
    expect(meetings(rule.example, [rule.id])).toHaveLength(2);
  });

  it('reads a speech at it: خلال خطاب له بالاجتماع', () => {
    const text = 'وأكد وزير الخارجية الأردني سامر الحديدي خلال اجتماع وزراء الخارجية العرب في القاهرة أن الحل سياسي. كما عبر المبعوث الأممي كمال الغربي خلال خطاب له بالاجتماع عن قلقه من التصعيد.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'] }]);
  });

  it('joins no gathering past another meeting, nor a talk of two', () => {
    const past =
      'وأكد وزير الخارجية الأردني سامر الحديدي خلال اجتماع وزراء الخارجية العرب في القاهرة أن الحل سياسي. واستقبل الرئيس التونسي هاني الزعبي أمس وفدا من البرلمان الليبي. ' +
      'وقال وزير الخارجية التونسي كمال الغربي في كلمته أمام الاجتماع إن الحوار ضروري.';
    expect(meetings(past).find((m) => m.participants.includes('كمال الغربي'))?.participants).toEqual(['كمال الغربي']);
    const two = 'التقى الرئيس التونسي هاني الزعبي وزير الخارجية الأردني سامر الحديدي في تونس. وقال وزير الخارجية الليبي كمال الغربي خلال الاجتماع إن الحوار ضروري.';
    expect(meetings(two)).toHaveLength(2);
  });
});
