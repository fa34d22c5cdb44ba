import { describe, expect, it } from 'vitest';
import { expectFound, find } from './helpers.js';
import { HEAD_FORMS, HEAD_STEM } from '../../src/resolutions/forms.js';
import { normalizeForm } from '../../src/normalize/index.js';

describe('findCitedAfterHead: a head word, qualifiers, then numbers', () => {
  it('reads قرار مجلس الأمن رقم N', () => {
    expectFound('طالب الوزير بتطبيق قرار مجلس الأمن رقم 2254 دون تأخير.', [{ body: 'UNSC', number: '2254', mention: 'قرار مجلس الأمن رقم 2254' }]);
  });

  it('reads the long form with الدولي and a year in words', () => {
    const [r] = expectFound('واستند البيان إلى قرار مجلس الأمن الدولي رقم 688 لسنة 1991 بشأن العراق.', [
      { body: 'UNSC', number: '688', mention: 'قرار مجلس الأمن الدولي رقم 688' },
    ]);
    expect(r.year).toBe(1991);
  });

  it('reads القرار N, القرار رقم N and قرار N without article', () => {
    expectFound('ودعا إلى احترام القرار 2254 في سوريا.', [{ body: 'UNSC', number: '2254', mention: 'القرار 2254' }]);
    expectFound('ويجدد القرار رقم 2414 ولاية البعثة في الصحراء الغربية.', [{ body: 'UNSC', number: '2414', mention: 'القرار رقم 2414' }]);
    expectFound('وهو ما نص عليه قرار 2334 حول الاستيطان الإسرائيلي.', [{ body: 'UNSC', number: '2334', mention: 'قرار 2334' }]);
  });

  it('reads UN adjectives: الأممي, الدولي, الأمم المتحدة, دوليا رقمه', () => {
    expectFound('وشدد على تنفيذ القرار الأممي 2216 كاملاً.', [{ body: 'UNSC', number: '2216', mention: 'القرار الأممي 2216' }]);
    expectFound('وأكد التزامه بالقرار الدولي 2254.', [{ body: 'UNSC', number: '2254', mention: 'القرار الدولي 2254' }]);
    expectFound('إن هناك قرارا دوليا رقمه 2216 لم ينفذ بعد.', [{ body: 'UNSC', number: '2216', mention: 'قرارا دوليا رقمه 2216' }]);
    expectFound('وطالب باحترام قرار الأمم المتحدة 2231 بشأن الاتفاق.', [{ body: 'UNSC', number: '2231', mention: 'قرار الأمم المتحدة 2231' }]);
  });

  it('reads lists after plural and dual heads, each number with its own span', () => {
    const text = 'وذكّر بقرارات مجلس الأمن 242 و338 والمبادرة العربية.';
    const found = expectFound(text, [
      { body: 'UNSC', number: '242', mention: 'قرارات مجلس الأمن 242' },
      { body: 'UNSC', number: '338', mention: '338' },
    ]);
    expect(found[1].start).toBe(text.indexOf('338'));
    expectFound('وطالب بانسحاب إسرائيل استنادا إلى القرارين 242 و 338.', [
      { body: 'UNSC', number: '242', mention: 'القرارين 242' },
      { body: 'UNSC', number: '338', mention: '338' },
    ]);
  });

  it('reads bracketed numbers in Arabic-Indic digits after a dual head', () => {
    const text = 'في تحد صريح للقرارين الأمميين (٢٢١٦) ، (٢٢٣١) وللمجتمع الدولي.';
    expectFound(text, [
      { body: 'UNSC', number: '2216', mention: 'للقرارين الأمميين (٢٢١٦)' },
      { body: 'UNSC', number: '2231', mention: '٢٢٣١' },
    ]);
  });

  it('does not read a list after a singular head unless the next number is well known', () => {
    expectFound('وأيد القرار 2216 بشأن اليمن و14 دولة أخرى.', [{ body: 'UNSC', number: '2216', mention: 'القرار 2216' }]);
    expectFound('وقال إن الحوثيين وإيران خرقوا القرار 2216 و2231 معا.', [
      { body: 'UNSC', number: '2216', mention: 'القرار 2216' },
      { body: 'UNSC', number: '2231', mention: '2231' },
    ]);
  });

  it('strips conjunctions and prepositions from the mention but keeps ل that swallowed the alef', () => {
    expectFound('والتزم لبنان بالقرار 1701 كاملا.', [{ body: 'UNSC', number: '1701', mention: 'القرار 1701' }]);
    expectFound('ودعا إلى وضع آليات تنفيذية للقرار 2216 في اليمن فورا.', [{ body: 'UNSC', number: '2216', mention: 'للقرار 2216' }]);
    expectFound('بناء على المبادرة وقرار مجلس الأمن 2216 ونتائج الحوار.', [{ body: 'UNSC', number: '2216', mention: 'قرار مجلس الأمن 2216' }]);
    expectFound('وأشار إلى القرارات الأممية 242 و338.', [
      { body: 'UNSC', number: '242', mention: 'القرارات الأممية 242' },
      { body: 'UNSC', number: '338', mention: '338' },
    ]);
  });

  it('reads numbers with a slash, and number/year as a number of that year', () => {
    expectFound('وصوتت الدول على قرار الجمعية العامة 67/19 بأغلبية كبيرة.', [{ body: 'UNGA', number: '67/19', mention: 'قرار الجمعية العامة 67/19' }]);
    const [r] = expectFound('وذكر القرار 2216/2015 الخاص باليمن صراحة.', [{ body: 'UNSC', number: '2216', mention: 'القرار 2216/2015' }]);
    expect(r.year).toBe(2015);
  });

  it('allows a few unknown words after a named body when رقم follows', () => {
    expectFound('وطالب بتنفيذ قرار مجلس الأمن الخاص باليمن رقم 2216 فورا.', [{ body: 'UNSC', number: '2216', mention: 'قرار مجلس الأمن الخاص باليمن رقم 2216' }]);
    expect(find('وطالب بتنفيذ قرار مجلس الأمن الخاص باليمن 2216 فورا.')).toEqual([]);
  });

  it('reads القرار الذي يحمل الرقم N', () => {
    expectFound('واعتمد المجلس القرار الذي يحمل الرقم 2417 حول التجويع.', [{ body: 'UNSC', number: '2417', mention: 'القرار الذي يحمل الرقم 2417' }]);
  });
});

describe('HEAD_STEM', () => {
  it('is held by every head form (findCitedAfterHead tries its head regex only just before the stem)', () => {
    for (const h of HEAD_FORMS) expect(normalizeForm(h.form)).toContain(HEAD_STEM);
  });
});

describe('findCitedAfterHead: head words found through the stem', () => {
  it('reads heads with two proclitic letters and several heads in one text, in order', () => {
    expectFound('وأشار إلى القرار 2254، وبالقرار 2216 أيضا، وفي قرار مجلس الأمن رقم 1701.', [
      { body: null, number: '2254', mention: 'القرار 2254' },
      { body: null, number: '2216', mention: 'القرار 2216' },
      { body: 'UNSC', number: '1701', mention: 'قرار مجلس الأمن رقم 1701' },
    ]);
  });
});
