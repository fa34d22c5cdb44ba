import { describe, expect, it } from 'vitest';
import { skipArrivalOfAmounts as rule } from '../../../src/meetings/rules/cue-filters.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  const text = 'وثمن الوزير سامر الحديدي جهود الوزير كمال الغربي في الفعاليات التي وصل عددها لأكثر من 200 فعالية.';

  it('reports no visit where an amount reaches a figure', () => {
    expect(meetings(text)).toEqual([]);
    expect(meetings(text, [rule.id])).toMatchObject([{ kind: 'visit', participants: ['سامر الحديدي', 'كمال الغربي'] }]);
  });

  it('still reports a person who arrives', () => {
    expect(meetings('ووصل الوزير سامر الحديدي إلى عمان حيث التقى الرئيس كمال الغربي.')).toMatchObject([{ kind: 'visit', location: 'عمان' }]);
  });
});
