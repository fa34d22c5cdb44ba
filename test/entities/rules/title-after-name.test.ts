import { describe, expect, it } from 'vitest';
import { titleAfterName as rule } from '../../../src/entities/people.js';
import { entity } from '../../rules/read.js';

describe(rule.id, () => {
  it('gives a name the title set off by a comma right after it (its example)', () => {
    expect(entity(rule.example, 'حمدان بن راشد')?.roles).toEqual(['وزير الخارجية']);
    expect(entity(rule.example, 'حمدان بن راشد', [rule.id])?.roles).toEqual([]);
  });

  it('does not give the name a title that و joins as the next person', () => {
    expect(entity('واستقبل الشيخ حمدان بن راشد ووزير الخارجية الوفد البرلماني.', 'حمدان بن راشد')?.roles).toEqual([]);
  });

  it('does not give the name a title that comes after the object', () => {
    expect(entity('واستقبل الشيخ حمدان بن راشد الوفد البرلماني، وزير الخارجية في حكومة الوحدة.', 'حمدان بن راشد')?.roles).toEqual([]);
  });

  it('gives the name the title though the next person of a list, joined by و, follows it', () => {
    const text = 'وجرت المباحثات بمشاركة سامر الحديدي وزير الطاقة الأردني وكمال الغربي الأمين العام للمنظمة.';
    expect(entity(text, 'سامر الحديدي')?.roles).toEqual(['وزير الطاقة الأردني']);
    // a name right after the title, with no و, is the title's own holder
    expect(entity('وجرت المباحثات بمشاركة سامر الحديدي وزير الطاقة الأردني كمال الغربي.', 'سامر الحديدي')?.roles).toEqual([]);
  });
});
