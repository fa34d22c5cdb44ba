import { describe, expect, it } from 'vitest';
import { givenName as rule } from '../../../src/entities/rules/given-name.js';
import { entity, people, stated } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a name led by a known given name with no title (its example)', () => {
    expect(entity(rule.example, 'محمود الكردي')).toMatchObject({ kind: 'person', roles: [], rules: [rule.id] });
    expect(people(rule.example, [rule.id])).toEqual([]);
  });

  it('reads no name led by a given name that is also a common word (وليد)', () => {
    const text = 'وقال وليد الكردي إن المحادثات ستستأنف الأسبوع المقبل.';
    expect(people(text)).toEqual([]);
  });

  it('reads no name from a noun and its adjective', () => {
    const text = 'وقال مصدر كردي إن المحادثات ستستأنف الأسبوع المقبل.';
    expect(people(text)).toEqual([]);
    expect(stated(text)).toEqual(['مصدر كردي: المحادثات ستستأنف الأسبوع المقبل']);
  });

  it('reads the next name of a list joined by و, not as the end of the name before', () => {
    const text = 'وأشاد الرئيس بجهود محمود الكردي وسامر الحديدي في المفاوضات.';
    expect(people(text)).toEqual(['محمود الكردي', 'سامر الحديدي']);
    // a family name that starts with و stays in its name
    expect(people('وقال محمود وليد إن المحادثات ستستأنف.')).not.toContain('وليد');
  });

  it('reads a name written as a hashtag, its words spaced and its mark dropped', () => {
    expect(people('وقال #محمود_الكردي إن المحادثات ستستأنف الأسبوع المقبل.')).toEqual(['محمود الكردي']);
    expect(people('وقال محمود #الكردي إن المحادثات ستستأنف الأسبوع المقبل.')).toEqual(['محمود الكردي']);
  });

  it('reads the hyphened syllables of a transliterated name as one name', () => {
    expect(people('وقال الرئيس الكوري الجنوبي مون جاي-إن إن القمة ناجحة.')).toEqual(['مون جاي-إن']);
    // a longer word after a hyphen is no syllable of the name
    expect(people('وقال محمود الكردي-مساعد الوزير إن القمة ناجحة.')).not.toContain('محمود الكردي-مساعد');
  });

  it('reads a foreign given name whose first letters only look like the article (ألكسندر، إليزابيث)', () => {
    expect(people('وقال ألكسندر فيرونوف إن المحادثات ستستأنف الأسبوع المقبل.')).toEqual(['ألكسندر فيرونوف']);
    expect(people('وشددت إليزابيث كارتون على أن المحادثات ستستأنف.')).toEqual(['إليزابيث كارتون']);
    // an Arabic given name with the article (الطيب: also "the good"), or a word with a question's أ (ألن), is not read so
    expect(people('وقال الطيب الكردي إن المحادثات ستستأنف الأسبوع المقبل.')).toEqual([]);
    expect(people('ألن تكون المحادثات مفيدة للجميع؟')).toEqual([]);
  });
});

