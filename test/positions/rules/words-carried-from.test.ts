import { describe, expect, it } from 'vitest';
import { wordsCarriedFrom as rule } from '../../../src/positions/rules/words-carried-from.js';
import { positions, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives the words an outlet carried to the one it carried them from (its example)', () => {
    expect(positions(rule.example)).toMatchObject([{ holder: 'سامر الحديدي', via: 'وكالة الأنباء الأردنية', cue: 'قوله', statement: 'المفاوضات ستستأنف قريبا' }]);
    expect(positions(rule.example, [rule.id])).not.toEqual(positions(rule.example));
  });

  it('reads the source past his titles between commas, after إلى with نسب, and from a pronoun', () => {
    expect(stated('ونقلت وسائل إعلام محلية عن سامر الحديدي، المسؤول في وزارة الخارجية، قوله إن الوفد سيصل غدا.')).toEqual(['سامر الحديدي: الوفد سيصل غدا']);
    expect(stated('ونسبت صحيفة الغد إلى الوزير سامر الحديدي قولها إن الوفد سيصل غدا.')).toEqual(['سامر الحديدي: الوفد سيصل غدا']);
    expect(stated('وقال الوزير سامر الحديدي إن الوضع مستقر. ونقلت عنه وكالة الأنباء قوله إن الوفد سيصل غدا.')).toEqual([
      'سامر الحديدي: الوضع مستقر',
      'سامر الحديدي: الوفد سيصل غدا',
    ]);
    expect(stated('ونقلت صحيفة الغد عن مصدر حكومي قوله: "لن نتراجع عن القرار".')).toEqual(['مصدر حكومي: لن نتراجع عن القرار']);
  });

  it('states nothing with a saying no verb carries', () => {
    expect(stated('ودليل ذلك قوله تعالى: «إن الله مع الصابرين».')).toEqual([]);
    expect(stated('وتعرض اللاعب لضغوط كبيرة حسب قوله إن الإدارة لم تدعمه.')).toEqual([]);
  });

  it('reads the source after نقل … عن with أن or a quotation, and nothing where نقل carries no words', () => {
    expect(positions('ونقلت وكالة الأنباء الأردنية عن وزير الخارجية سامر الحديدي أن المفاوضات ستستأنف قريبا.')).toMatchObject([
      { holder: 'سامر الحديدي', via: 'وكالة الأنباء الأردنية', cue: 'نقلت', statement: 'المفاوضات ستستأنف قريبا' },
    ]);
    expect(stated('ونقلت الصحيفة عن مصدر حكومي أن الوفد سيصل غدا.')).toEqual(['مصدر حكومي: الوفد سيصل غدا']);
    expect(stated('ونقلت الطائرة الركاب إلى عمان بعد أن تأخرت ساعات.')).toEqual([]);
    expect(stated('ونقلت الصحيفة عن رسالة مسربة أن الوفد سيصل غدا.')).toEqual([]);
  });

  it('gives a cue noun with its owner\'s pronoun to the source as a saying is (عن فلان تأكيده أن …)', () => {
    expect(stated('ونقل البيان عن الوزير سامر الحديدي تأكيده أن المفاوضات ستستأنف قريبا.')).toEqual(['سامر الحديدي: المفاوضات ستستأنف قريبا']);
    // with no verb that carries it, such a noun is left to the other rules
    expect(stated('وجدد الوزير سامر الحديدي تأكيده أن المفاوضات ستستأنف قريبا.').map((x) => x.split(':')[0])).toEqual(['سامر الحديدي']);
  });
});
