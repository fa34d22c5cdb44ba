import { describe, expect, it } from 'vitest';
import { leadingWordNotName as rule } from '../../../src/entities/rules/leading-word-not-name.js';
import { entities, people } from '../../rules/read.js';

describe(rule.id, () => {
  it('ends the title with a nisba before a given name, and starts the name at it (its example)', () => {
    expect(people(rule.example)).toEqual(['سامر الحديدي']);
    expect(entities(rule.example).find((e) => e.name === 'سامر الحديدي')?.roles).toEqual(['القيادي السوري الكردي']);
    expect(people(rule.example, [rule.id])).toEqual(['الكردي سامر الحديدي']);
  });

  it('keeps a name that starts with a given name with the article', () => {
    expect(people('وطالبت الحكومة بتوقيف القيادي السوري الهادي الحديدي.')).toEqual(['الهادي الحديدي']);
  });

  it('ends a bare title with the genitive it governs before a name, and starts the name after it', () => {
    const text = 'استقبل محافظ الطرفة سامر الحديدي، في ديوان المحافظة مديري الإدارات الحكومية.';
    expect(people(text)).toEqual(['سامر الحديدي']);
    expect(entities(text).find((e) => e.name === 'سامر الحديدي')?.roles).toEqual(['محافظ الطرفة']);
    // and before a name led by a word and a patronymic
    expect(people('وقد رعى الحفل محافظ الطرفة عليوي بن سامر الحديدي وقادة القطاعات.')).toEqual(['عليوي بن سامر الحديدي']);
  });

  it("keeps a given name with the article after a title as the name's first word", () => {
    expect(people('وقال الرئيس الوليد بن سامر إن المحادثات ستستأنف.')).toEqual(['الوليد بن سامر']);
  });
});

