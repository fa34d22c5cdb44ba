import { describe, expect, it } from 'vitest';
import { placeOwnersNotSides as rule } from '../../../src/meetings/rules/place-owners-not-sides.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('leaves out the one whose home two others met in (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'] }]);
    expect(meetings(rule.example, [rule.id])).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي', 'مازن الخطيب'] }]);
  });

  it('keeps the one met at his home, and one whose title names an office', () => {
    expect(meetings('والتقى الوزير سامر الحديدي في منزل رئيس الحكومة كمال الغربي.')).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'] }]);
    const office = 'وحضر الاجتماع الوزير سامر الحديدي والسفير كمال الغربي ورئيس الأركان بمكتب وزير الدفاع مازن الخطيب.';
    expect(meetings(office)[0].participants).toContain('مازن الخطيب');
  });
});
