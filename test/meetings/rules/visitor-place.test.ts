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

  it('reads the country a visit noun takes right after the visitor\'s name (زيارة فلان، تونس)', () => {
    const text = 'ويتزامن ذلك مع زيارة الوزير الأردني السابق سامر الحديدي، تونس، معلنا دعمه للحكومة. والتقى الحديدي الرئيس كمال الغربي صباح أمس.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'كمال الغربي'], location: 'تونس' }]);
    // a country named further on is no object of the visit
    const far = 'ويتزامن ذلك مع زيارة الوزير الأردني السابق سامر الحديدي لدعم الحكومة في تونس. والتقى الحديدي الرئيس كمال الغربي صباح أمس.';
    expect(meetings(far)[0].rules).not.toContain(rule.id);
  });
  it('reads the place of a visitor who meets officials named only by their state', () => {
    const text = 'يزور الوزير سامر الحديدي موسكو اليوم لإجراء محادثات مع المسؤولين الروس.';
    expect(meetings(text)).toMatchObject([{ participants: ['سامر الحديدي', 'روسيا'], location: 'موسكو' }]);
  });
});
