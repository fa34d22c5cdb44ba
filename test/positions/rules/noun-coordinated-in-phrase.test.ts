import { describe, expect, it } from 'vitest';
import { nounCoordinatedInPhrase as rule } from '../../../src/positions/rules/noun-coordinated-in-phrase.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('keeps a verbal noun joined to the phrase before it inside the speaker\'s statement (its example)', () => {
    expect(stated(rule.example)).toEqual(['كمال الغربي: الحكومة ستحمي حق العمال في التظاهر والمطالبة بزيادة الأجور']);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toEqual(['قال', 'المطالبة']);
  });

  it('reads such a noun after a comma as a cue of its own', () => {
    const text = 'وقال الوزير كمال الغربي إن الحكومة ستدرس مطالب العمال، والتأكيد على حقهم في التظاهر السلمي.';
    expect(positions(text).map((p) => p.cue)).toEqual(['قال', 'التأكيد']);
  });

  it('leaves the nouns that tell what the sides of a reported meeting agreed in a sentence with no speaker', () => {
    const text = 'والتقى الرئيس كمال الغربي الوزير سامر الحديدي في قصر الرئاسة أمس. وجرى خلال اللقاء بحث العلاقات الثنائية والتأكيد على دعم مشاريع الطاقة المشتركة.';
    expect(positions(text).map((p) => p.cue)).toContain('التأكيد');
  });
});
