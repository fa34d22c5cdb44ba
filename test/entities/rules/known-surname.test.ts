import { describe, expect, it } from 'vitest';
import { knownSurname as rule } from '../../../src/entities/link.js';
import { entity, people, positions, sides } from '../../rules/read.js';

describe(rule.id, () => {
  it('reads a known office holder\'s surname alone as that person, with his country (its example)', () => {
    expect(entity(rule.example, 'لافروف')).toMatchObject({ kind: 'person', country: 'RU', mentions: ['لافروف'] });
    expect(entity(rule.example, 'لافروف')?.rules).toContain(rule.id);
    expect(positions(rule.example).map((p) => p.holder)).toEqual(['لافروف']);
    expect(entity(rule.example, 'لافروف', [rule.id])).toBeUndefined();
  });

  it('gives a news flash of two surnames its meeting', () => {
    const text = 'عاجل | بوتين وأردوغان يبحثان هاتفيا الأزمة السورية';
    expect(sides(text)).toEqual([['بوتين', 'أردوغان']]);
    expect(sides(text, [rule.id])).toEqual([]);
  });

  it('links a surname spelt another way to the full name the article writes', () => {
    const text = 'التقى الأمين العام أنطونيو غوتريس الوزير سامر الحديدي أمس. وقال غوتيريس إن اللقاء كان مثمرا.';
    expect(entity(text, 'أنطونيو غوتريس')?.mentions).toContain('غوتيريس');
    expect(people(text)).not.toContain('غوتيريس');
  });

  it('reads no surname inside another word, another name or an adjective', () => {
    // كلامي is no لامي; a family name after an unknown given name is another man's; النفطي is "of oil"
    expect(people('لم أكد أنتهي من كلامي حتى وجدتهم يغادرون القاعة.')).toEqual([]);
    expect(entity('وتحدث زهيان العامري عن المسرحية الجديدة.', 'العامري')).toBeUndefined();
    expect(people('وتحدث التقرير عن القطاع النفطي في البلاد.')).toEqual([]);
    expect(people('وبعون الله نجحت الحملة.')).toEqual([]);
  });

  it('takes the title written right before the surname, and no description of another country', () => {
    expect(entity('وقال الرئيس الروسي بوتين إن الوضع صعب.', 'بوتين')).toMatchObject({ roles: ['الرئيس الروسي'], country: 'RU' });
    const text = 'التقى الرئيس بوتين الوزير سامر الحديدي أمس. وقال الرئيس التركي إن المحادثات مهمة.';
    expect(entity(text, 'بوتين')?.roles).toEqual(['الرئيس']);
  });

  it('joins the surname alone to a titled mention of it (نظيره بوتين): one person, not two', () => {
    const text = 'التقى الرئيس ترامب نظيره بوتين في هلسنكي. وقال بوتين إن القمة ناجحة.';
    expect(people(text).filter((n) => n === 'بوتين')).toHaveLength(1);
    expect(entity(text, 'بوتين')?.mentions).toEqual(['بوتين', 'بوتين']);
  });
});
