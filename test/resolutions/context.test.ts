import { describe, expect, it } from 'vitest';
import { RESOLUTIONS } from '../../src/lexicon/resolutions.js';
import { expectFound, find } from './helpers.js';

/**
 * A bare well-known number ("القرار 2216") is the Security Council's (or General Assembly's) when
 * the article names the resolution's file; invented sentences, one file each.
 */
describe('bare well-known numbers in context', () => {
  const positives: [what: string, text: string, mention: string, number: string, body: 'UNSC' | 'UNGA'][] = [
    ['Yemen by name', 'وطالب الوزير الحوثيين بالانسحاب من المدن وفق القرار 2216 دون إبطاء.', 'القرار 2216', '2216', 'UNSC'],
    ['Yemen by a city', 'وأكد المبعوث من عدن أن الحل يقوم على القرار 2216.', 'القرار 2216', '2216', 'UNSC'],
    ['Syria', 'ويتمسك الائتلاف السوري المعارض بالقرار 2254 أساسا للتسوية.', 'القرار 2254', '2254', 'UNSC'],
    ['Lebanon', 'وجددت بيروت التزامها بالقرار 1701 على الحدود الجنوبية.', 'القرار 1701', '1701', 'UNSC'],
    ['Lebanon by a party', 'واتهم المتحدث حزب الله بخرق القرار 1559 مرارا.', 'القرار 1559', '1559', 'UNSC'],
    ['Palestine and Israel', 'ودعا المندوب الفلسطيني إلى تطبيق القرار 242 بلا انتقائية.', 'القرار 242', '242', 'UNSC'],
    ['settlements', 'واعتبر أن المستوطنات في الضفة الغربية تخالف القرار 2334 صراحة.', 'القرار 2334', '2334', 'UNSC'],
    ['Libya', 'وذكّر المسؤول الليبي بأن القرار 1973 فرض حظرا جويا.', 'القرار 1973', '1973', 'UNSC'],
    ['Libya, 1970', 'وقال إن القرار 1970 أحال ملف ليبيا إلى المحكمة.', 'القرار 1970', '1970', 'UNSC'],
    ['Iran by topic', 'ورأى أن البرنامج النووي يخضع للقرار 2231 وحده.', 'للقرار 2231', '2231', 'UNSC'],
    ['Western Sahara', 'ورحبت الرباط بالقرار 2440 حول الصحراء الغربية.', 'القرار 2440', '2440', 'UNSC'],
    ['women', 'وأشادت الناشطة بالقرار 1325 الخاص بدور المرأة في السلام.', 'القرار 1325', '1325', 'UNSC'],
    ['Gaza', 'وطالب بتنفيذ القرار 2720 لإدخال المساعدات إلى غزة.', 'القرار 2720', '2720', 'UNSC'],
    ['refugees, the General Assembly', 'وشدد اللاجئون الفلسطينيون على حقهم وفق القرار 194.', 'القرار 194', '194', 'UNGA'],
  ];
  for (const [what, text, mention, number, body] of positives) {
    it(`reads a bare ${number} as ${body} (${what})`, () => {
      const [r] = expectFound(text, [{ body, number, mention }]);
      expect(r.year).toBe(RESOLUTIONS.find((e) => e.number === number)?.year);
    });
  }

  it('reads a bare number with its own year in brackets without context', () => {
    expectFound('وأكد أن القرار 2254 (2015) هو المرجع.', [{ body: 'UNSC', number: '2254', mention: 'القرار 2254' }]);
  });

  it('leaves a bare well-known number without a body when the article names nothing of its file', () => {
    expectFound('وطالب البيان بتنفيذ القرار 2216 دون إبطاء.', [{ body: null, number: '2216', mention: 'القرار 2216' }]);
    // Syria named, but 2216 is Yemen's.
    expectFound('وقال المبعوث في دمشق إن القرار 2216 لم ينفذ.', [{ body: null, number: '2216', mention: 'القرار 2216' }]);
  });

  it('does not need the context when the citation says it is a UN resolution', () => {
    expectFound('وطالب الوزير بتنفيذ القرار الأممي 2216 دون إبطاء.', [{ body: 'UNSC', number: '2216', mention: 'القرار الأممي 2216' }]);
  });

  it('lets a minister named earlier in the sentence be, unlike one who issues the decision', () => {
    expectFound('وقال وزير الخارجية اليمني إن الحل يقوم على أساس القرار 2216 كاملا.', [{ body: 'UNSC', number: '2216', mention: 'القرار 2216' }]);
    expect(find('وأصدر وزير الداخلية اليمني القرار 2216 بتنظيم حمل السلاح.')).toEqual([]);
    // The government announced its welcome, not the decision.
    expectFound('وأعلنت الحكومة اليمنية ترحيبها بالقرار 2216 وطالبت الحوثيين بتنفيذه.', [{ body: 'UNSC', number: '2216', mention: 'القرار 2216' }]);
  });

  it('does not give the table body to a decision of another year', () => {
    expect(find('وعدل القرار 2334 لعام 2019 رسوم البناء في الضفة الغربية.')).toEqual([]);
  });
});
