import { describe, expect, it } from 'vitest';
import { speakerInTurn as rule } from '../../../src/meetings/rules/speaker-in-turn.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('joins the next speaker at a gathering to it (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: 'القاهرة', rules: ['speaks-at-a-gathering', rule.id] }]);
    expect(meetings(rule.example, [rule.id])).toMatchObject([{ participants: ['سامر الحديدي'] }]);
  });

  it('reads بدوره and أما فلان فقال, and goes on past the first speaker\'s own sentences', () => {
    const text =
      'وأكد وزير الخارجية الأردني سامر الحديدي خلال اجتماع طارئ لوزراء الخارجية العرب أن الحل سياسي. وقال الحديدي: "نرفض هذا القرار". ' +
      'بدوره، دعا وزير الخارجية التونسي كمال الغربي إلى تحقيق دولي. أما وزير الخارجية الليبي هاني الزعبي فقال إن الوقت ينفد.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي', 'هاني الزعبي'] }]);
  });

  it('joins no one who speaks elsewhere, no spokesman, and no one after another person or meeting is told', () => {
    const gathering = 'وأكد وزير الخارجية الأردني سامر الحديدي خلال اجتماع وزراء الخارجية العرب في القاهرة أن الحل سياسي. ';
    // to a newspaper
    expect(meetings(gathering + 'من جهته قال وزير الخارجية التونسي كمال الغربي لصحيفة الشروق إن الحل سياسي.')).toMatchObject([{ participants: ['سامر الحديدي'] }]);
    // a spokesman
    expect(meetings(gathering + 'من جهته قال المتحدث باسم الخارجية التونسية كمال الغربي إن الحل سياسي.')).toMatchObject([{ participants: ['سامر الحديدي'] }]);
    // someone else named in between
    const between = gathering + 'وفي تونس قال الرئيس التونسي هاني الزعبي إن بلاده تتابع. من جهته قال وزير الخارجية الليبي كمال الغربي إن الحل سياسي.';
    expect(meetings(between)).toMatchObject([{ participants: ['سامر الحديدي'] }]);
    // no gathering before: a meeting of two is no gathering
    const talks = 'التقى الرئيس التونسي هاني الزعبي وزير الخارجية الأردني سامر الحديدي في تونس. من جهته قال وزير الخارجية الليبي كمال الغربي إن الحل سياسي.';
    expect(meetings(talks)).toMatchObject([{ participants: ['هاني الزعبي', 'سامر الحديدي'] }]);
  });
});
