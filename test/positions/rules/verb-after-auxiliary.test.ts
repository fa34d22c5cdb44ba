import { describe, expect, it } from 'vitest';
import { verbAfterAuxiliary as rule } from '../../../src/positions/rules/verb-after-auxiliary.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a verb spelling after سيتم as a verbal noun (its example)', () => {
    expect(stated(rule.example)).toEqual(['كمال الغربي: الاجتماع سيضم قادة الأحزاب']);
    expect(positions(rule.example, [rule.id]).map((p) => p.cue)).toContain('حثهم');
  });

  it('reads one after تم with an adverbial between, and keeps the verb after a subject', () => {
    expect(positions('وعقد الاجتماع أمس. وتم خلاله حثهم على ضبط النفس.')).toEqual([]);
    expect(stated('وعقد الاجتماع أمس. ودعت الوزيرة سلمى الحديدي الأطراف إلى ضبط النفس.')).toEqual(['سلمى الحديدي: إلى ضبط النفس']);
  });
});

describe('cue verbs with an object pronoun (طالبهم، دعاهم، حثهم، أبلغه)', () => {
  it('reads the call or the message as the subject\'s position', () => {
    expect(stated('والتقى المدرب سامر الحديدي اللاعبين وطالبهم بعدم الاستعجال في المباراة المقبلة.')).toEqual(['سامر الحديدي: بعدم الاستعجال في المباراة المقبلة']);
    expect(stated('واتصل الوزير كمال الغربي بنظيره وأبلغه أن بلاده ستبدأ إعادة الإعمار.')).toEqual(['كمال الغربي: بلاده ستبدأ إعادة الإعمار']);
  });

  it('does not read a female student (طالبة) as a call', () => {
    expect(positions('وقالت طالبة في المدرسة إن الامتحانات كانت صعبة.').map((p) => p.cue)).not.toContain('طالبة');
    expect(positions('وكرمت المدرسة طالبة متفوقة في الرياضيات.')).toEqual([]);
  });
});
