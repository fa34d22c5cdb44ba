import { describe, expect, it } from 'vitest';
import { visitorPlace as rule } from '../../../src/meetings/rules/visitor-place.js';
import { meetings } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a visitor\'s meeting with no place the place he is visiting (its example)', () => {
    expect(meetings(rule.example)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: 'تونس' }]);
    expect(meetings(rule.example)[0].rules).toContain(rule.id);
    expect(meetings(rule.example, [rule.id])[0].location).toBeNull();
  });

  it('gives a meeting no place from the visit of someone else', () => {
    const text = 'التقى الوزير سامر الحديدي الرئيس كمال الغربي. وكان النائب هاني الزعبي قد بدأ أمس زيارة رسمية إلى تونس.';
    expect(meetings(text).filter((m) => m.participants.includes('كمال الغربي'))).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: null }]);
  });
});
