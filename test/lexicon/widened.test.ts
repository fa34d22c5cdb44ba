import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { organizationByForm, titleByForm } from './helpers.js';
import { normalizeForm } from '../../src/normalize/index.js';

// Invented sentences and people: they show that bodies, cities, titles and given names added to the
// general lexicons are read in context. No text or name comes from the development articles.

describe('widened lexicons in context', () => {
  it('gives an official of a newly listed body that organisation, and a listed city as the place', () => {
    const s = summarize('التقى المدير العام لمنظمة الإيسيسكو سالم الهاشمي، اليوم الثلاثاء في مدينة أصفهان، رئيس مجلس الأعيان الأردني نبيل الخطيب.');
    expect(s.participants.map((p) => p.name)).toEqual(['سالم الهاشمي', 'نبيل الخطيب']);
    // as written; the lexicon's entry is منظمة العالم الإسلامي للتربية والعلوم والثقافة
    expect(s.participants[0].organization).toBe('منظمة الإيسيسكو');
    expect(s.participants[1].role).toBe('رئيس مجلس الأعيان الأردني');
    expect(s.participants[1].country).toBe('JO');
    expect(s.meetings[0].location).toBe('أصفهان');
  });

  it('reads a national armed group with its country, and a prosecutor as no member of parliament', () => {
    const s = summarize('اجتمع المستشار الإعلامي لمجموعة فاغنر كريم الساعدي مع النائب العام الليبي يامن عبد الجواد في بنغازي.');
    const [a, b] = s.participants;
    expect(a.organization).toBe('مجموعة فاغنر');
    expect(a.country).toBe('RU');
    expect(b.role).toBe('النائب العام الليبي');
    expect(s.meetings[0].location).toBe('بنغازي');
  });

  it('takes a two-word city that starts with a given name as the place, not as a person', () => {
    const s = summarize('وصل رئيس الأركان التركي جلال الدين المرادي إلى غازي عنتاب حيث التقى وزير الدفاع السوري سامر الحلبي.');
    expect(s.participants.map((p) => p.name)).toEqual(['جلال الدين المرادي', 'سامر الحلبي']);
    expect(s.meetings[0].location).toBe('غازي عنتاب');
  });

  it('keeps the forms of new entries apart from common words', () => {
    expect(organizationByForm(normalizeForm('الاتحاد البرلماني الدولي'))?.id).toBe('IPU');
    expect(organizationByForm(normalizeForm('حزب الطاشناق'))?.country).toBe('LB');
    expect(titleByForm(normalizeForm('المستشارة الألمانية'))?.kind).toBe('head-of-government');
    expect(titleByForm(normalizeForm('النائب العام'))?.id).toBe('JUDICIARY');
  });

  it('finds no meeting in a sentence that only names a listed city and a body', () => {
    const s = summarize('ارتفعت أسعار الخبز في أصفهان بحسب تقرير لمنظمة التعاون الاقتصادي والتنمية.');
    expect(s.participants).toEqual([]);
    expect(s.meetings).toEqual([]);
  });
});
