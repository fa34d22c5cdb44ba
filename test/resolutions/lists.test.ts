import { describe, expect, it } from 'vitest';
import { expectFound, find } from './helpers.js';

/** Lists after a plural head: every number gets the head's body. Invented sentences. */
describe('lists after a plural head', () => {
  it('gives every number of a و list the head body, numbers not in the table included', () => {
    const text = 'وطالبت الوكالة طهران بالامتثال لقرارات مجلس الأمن 1696 و1747 و1803 دون شروط.';
    const found = expectFound(text, [
      { body: 'UNSC', number: '1696', mention: 'قرارات مجلس الأمن 1696' },
      { body: 'UNSC', number: '1747', mention: '1747' },
      { body: 'UNSC', number: '1803', mention: '1803' },
    ]);
    expect(found.map((r) => r.year)).toEqual([2006, 2007, 2008]);
    expectFound('ودعا المجلس إلى تطبيق قرارات مجلس الأمن 2287 و2288 و2289 كاملة.', [
      { body: 'UNSC', number: '2287', mention: 'قرارات مجلس الأمن 2287' },
      { body: 'UNSC', number: '2288', mention: '2288' },
      { body: 'UNSC', number: '2289', mention: '2289' },
    ]);
  });

  it('reads lists in Arabic-Indic digits, numbers in ASCII in the output', () => {
    const found = expectFound('وطالب البيان بتطبيق قرارات الجمعية العامة ٣٠٠١ و٣٠٠٢ و٣٠٠٣.', [
      { body: 'UNGA', number: '3001', mention: 'قرارات الجمعية العامة ٣٠٠١' },
      { body: 'UNGA', number: '3002', mention: '٣٠٠٢' },
      { body: 'UNGA', number: '3003', mention: '٣٠٠٣' },
    ]);
    for (const r of found) expect(r.number).toMatch(/^[0-9]+$/);
  });

  it('reads a list after a dual head and after UN adjectives, each number with its own body from the table', () => {
    expectFound('وطالب الجانبان بانسحاب إسرائيل وفق القرارين 242 و338.', [
      { body: 'UNSC', number: '242', mention: 'القرارين 242' },
      { body: 'UNSC', number: '338', mention: '338' },
    ]);
    // A UN adjective says "a UN resolution": 194 is the General Assembly's.
    expectFound('وتمسك الوفد الفلسطيني بالقرارات الدولية 242 و338 و194.', [
      { body: 'UNSC', number: '242', mention: 'القرارات الدولية 242' },
      { body: 'UNSC', number: '338', mention: '338' },
      { body: 'UNGA', number: '194', mention: '194' },
    ]);
  });

  it('reads numbers each with its year in brackets, and a list read to its end', () => {
    const numbers = Array.from({ length: 30 }, (_, i) => String(2400 + i));
    const found = find(`وذكّر بقرارات مجلس الأمن ${numbers.join(' و')} كلها.`);
    expect(found.map((r) => r.number)).toEqual(numbers);
    expect(found.every((r) => r.body === 'UNSC')).toBe(true);
    const withYears = expectFound('واستند إلى قرارات مجلس الأمن 1267 (1999) و1989 (2011) و2253 (2015) بشأن الإرهاب.', [
      { body: 'UNSC', number: '1267', mention: 'قرارات مجلس الأمن 1267' },
      { body: 'UNSC', number: '1989', mention: '1989' },
      { body: 'UNSC', number: '2253', mention: '2253' },
    ]);
    expect(withYears.map((r) => r.year)).toEqual([1999, 2011, 2015]);
  });

  it('reads both ends of a range', () => {
    expectFound('وفرضت قرارات مجلس الأمن من 1737 إلى 1929 عقوبات متتالية.', [
      { body: 'UNSC', number: '1737', mention: 'قرارات مجلس الأمن من 1737' },
      { body: 'UNSC', number: '1929', mention: '1929' },
    ]);
    expectFound('ونصت قرارات الجمعية العامة 3101 - 3105 على ذلك.', [
      { body: 'UNGA', number: '3101', mention: 'قرارات الجمعية العامة 3101' },
      { body: 'UNGA', number: '3105', mention: '3105' },
    ]);
  });

  it('does not read a range that runs backwards, ends in a year after a dash, or follows a singular head', () => {
    expectFound('ونصت قرارات الجمعية العامة 3105 - 3101 على ذلك.', [{ body: 'UNGA', number: '3105', mention: 'قرارات الجمعية العامة 3105' }]);
    expectFound('وأشارت قرارات الجمعية العامة 3101 - 2015 إلى ذلك.', [{ body: 'UNGA', number: '3101', mention: 'قرارات الجمعية العامة 3101' }]);
    expectFound('وصدر قرار الجمعية العامة 3101 إلى 3105 دولة.', [{ body: 'UNGA', number: '3101', mention: 'قرار الجمعية العامة 3101' }]);
  });

  it('gives a citation singled out of a plural head the head body', () => {
    expectFound('ودعا البيان إلى احترام قرارات مجلس الأمن ذات الصلة، ولا سيما القرار 2287.', [
      { body: 'UNSC', number: '2287', mention: 'القرار 2287' },
    ]);
    expectFound('وطالب بتطبيق قرارات الجمعية العامة بشأن اللاجئين وخاصة القرار 3005 فورا.', [
      { body: 'UNGA', number: '3005', mention: 'القرار 3005' },
    ]);
    expectFound('وأشار إلى قرارات مجلس حقوق الإنسان، وبخاصة القرار الأممي 33/4.', [
      { body: 'UNHRC', number: '33/4', mention: 'القرار الأممي 33/4' },
    ]);
    // Across a full stop the head says nothing about the citation.
    expectFound('وأشار إلى قرارات مجلس الأمن ذات الصلة. ولا سيما القرار 2287 بالنسبة له.', [{ body: null, number: '2287', mention: 'القرار 2287' }]);
  });

  it('keeps the body a singled-out citation names itself', () => {
    expectFound('ودعا إلى تطبيق قرارات الأمم المتحدة، ولا سيما قرار الجمعية العامة 3005.', [
      { body: 'UNGA', number: '3005', mention: 'قرار الجمعية العامة 3005' },
    ]);
  });

  it('does not take a count after a plural head for a list, nor small numbers', () => {
    expectFound('وذكّر بقرارات مجلس الأمن 2287 و15 دولة أخرى.', [{ body: 'UNSC', number: '2287', mention: 'قرارات مجلس الأمن 2287' }]);
    expect(find('وبلغت القرارات 167 قرارا في الموسم.')).toEqual([]);
  });
});
