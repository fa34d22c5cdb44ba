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
});
