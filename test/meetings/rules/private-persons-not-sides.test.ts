import { describe, expect, it } from 'vitest';
import { privatePersonsNotSides as rule } from '../../../src/meetings/rules/private-persons-not-sides.js';
import { summarize } from '../../../src/index.js';

const meetings = (text: string, off: string[] = []) => summarize(text, { disabledRules: off }).meetings.map((m) => m.participants);

describe(rule.id, () => {
  it('takes a citizen met on a tour for no side (its example)', () => {
    expect(meetings(rule.example)).toEqual([]);
    expect(meetings(rule.example, [rule.id])).toEqual([['كمال الغربي', 'سامر الحديدي']]);
  });

  it('leaves officials met as sides, and وطالب "demanded" for no private person', () => {
    expect(meetings('واستقبل المحافظ كمال الغربي أمس الوزير سامر الحديدي في مكتبه.')).toEqual([['كمال الغربي', 'سامر الحديدي']]);
    expect(meetings('وطالب الوزير سامر الحديدي خلال لقائه الرئيس كمال الغربي أمس بزيادة الدعم.')).toEqual([['سامر الحديدي', 'كمال الغربي']]);
  });
});
