import { describe, expect, it } from 'vitest';
import { sidelinesPlace as rule } from '../../../src/meetings/rules/sidelines-place.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('places a meeting on the sidelines of a gathering where the article held it (its example)', () => {
    expect(meetings(rule.example)[1]).toMatchObject({ participants: ['كمال الغربي', 'سامر الحديدي'], location: 'القاهرة' });
    expect(meetings(rule.example, [rule.id])[1]).toMatchObject({ location: null });
  });

  it('reads a meeting told within the gathering (خلال الاجتماع، في ختام القمة)', () => {
    const text = 'انطلقت في الرياض أمس أعمال القمة الخليجية. وفي ختام القمة التقى الرئيس كمال الغربي الوزير سامر الحديدي.';
    expect(meetings(text)).toMatchObject([{ location: 'الرياض' }]);
  });

  it('takes no place from a gathering of its own, nor one given in another sentence', () => {
    // the gathering named after the noun is another one
    const earlier = 'عقد الرئيس سالم العلي اجتماعا في القاهرة مع الوزير فهد الزين. ';
    expect(meetings(earlier + 'والتقى الرئيس كمال الغربي على هامش الاجتماع الوزير سامر الحديدي.')[1]).toMatchObject({ location: 'القاهرة' });
    expect(meetings(earlier + 'والتقى الرئيس كمال الغربي على هامش الاجتماع الوزاري الإفريقي الوزير سامر الحديدي.')[1]).toMatchObject({ location: null });
    // the earlier mention has no place of its own; the city is in the next sentence
    expect(meetings('انتهى الاجتماع. في القاهرة تظاهر آلاف. والتقى الرئيس كمال الغربي على هامش الاجتماع الوزير سامر الحديدي.')).toMatchObject([{ location: null }]);
  });
});
