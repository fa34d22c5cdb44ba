import { describe, expect, it } from 'vitest';
import { skipTiesThatBind as rule } from '../../../src/meetings/rules/cue-filters.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('reports no gathering of two countries where ties bind them (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'] }]);
    expect(meetings(rule.example, [rule.id])).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'] }, { participants: ['سامر الحديدي', 'الأردن', 'المغرب'] }]);
  });

  it('still reports a gathering that brings two people together', () => {
    expect(meetings('وجمع لقاء أمس الرئيس سامر الحديدي والملك كمال الغربي في عمان.')).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'] }]);
    expect(meetings('وشدد الرئيس سامر الحديدي على الروابط بين البلدين خلال القمة التي جمعت الملك كمال الغربي والأمير خالد العلي في عمان أمس.').length).toBeGreaterThan(0);
  });
});
