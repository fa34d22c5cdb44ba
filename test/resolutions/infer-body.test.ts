import { describe, expect, it } from 'vitest';
import { expectFound } from './helpers.js';

describe('inferBody: who issued the resolution', () => {
  it('takes a named body from the citation', () => {
    expectFound('وأشار إلى قرار الجمعية العامة رقم 194 الخاص باللاجئين.', [{ body: 'UNGA', number: '194', mention: 'قرار الجمعية العامة رقم 194' }]);
    expectFound('وتبنى قرار مجلس حقوق الإنسان رقم 31/1 بالإجماع.', [{ body: 'UNHRC', number: '31/1', mention: 'قرار مجلس حقوق الإنسان رقم 31/1' }]);
    expectFound('تنفيذا لقرار مجلس الجامعة رقم 8221 الصادر الشهر الماضي.', [{ body: 'ARAB_LEAGUE', number: '8221', mention: 'قرار مجلس الجامعة رقم 8221' }]);
    expectFound('وفقا لقرار جامعة الدول العربية رقم 7595.', [{ body: 'ARAB_LEAGUE', number: '7595', mention: 'قرار جامعة الدول العربية رقم 7595' }]);
  });

  it('lets a named body win over the table', () => {
    // A made-up Security Council resolution 194, against the table's General Assembly 194.
    expectFound('وذكر قرار مجلس الأمن رقم 194 في كلمته.', [{ body: 'UNSC', number: '194', mention: 'قرار مجلس الأمن رقم 194' }]);
  });

  it('takes the body from الصادر عن after the number', () => {
    expectFound('وأيد القرار 2286 الصادر عن مجلس الأمن الدولي لحماية المستشفيات.', [{ body: 'UNSC', number: '2286', mention: 'القرار 2286' }]);
    expectFound('المسار الذي نص عليه القرار 2254 الصادر عن المجلس الدولي.', [{ body: 'UNSC', number: '2254', mention: 'القرار 2254' }]);
  });

  it('takes a General Assembly session in brackets as UNGA', () => {
    const [r] = expectFound('واتخذت في ذلك العام القرار 181 (د-2) بتقسيم البلاد.', [{ body: 'UNGA', number: '181', mention: 'القرار 181' }]);
    expect(r.year).toBe(1947);
  });

  it('takes the table for a bare or UN-marked well-known number', () => {
    const [r] = expectFound('ويطالب القرار الأممي 2216 بانسحاب المسلحين.', [{ body: 'UNSC', number: '2216', mention: 'القرار الأممي 2216' }]);
    expect(r.symbol).toBe('S/RES/2216 (2015)');
    expect(r.year).toBe(2015);
    expect(r.subject).toMatch(/Yemen/);
    expectFound('وحق العودة للفلسطينيين مكفول بالقرار 194.', [{ body: 'UNGA', number: '194', mention: 'القرار 194' }]);
  });

  it('takes the body named earlier in the same sentence for a number not in the table', () => {
    expectFound('وكان مجلس الأمن اعتمد، في الشهر الماضي، القرار رقم 2469 بشأن البعثة.', [{ body: 'UNSC', number: '2469', mention: 'القرار رقم 2469' }]);
    // The body of another sentence does not count.
    expectFound('اجتمع مجلس الأمن أمس. ونوقش القرار 2287 مطولا.', [{ body: null, number: '2287', mention: 'القرار 2287' }]);
  });

  it('leaves a UN resolution of unknown organ without body, and reads session/number as UNGA', () => {
    expectFound('وخالف ذلك القرار الأممي 2287 بوضوح.', [{ body: null, number: '2287', mention: 'القرار الأممي 2287' }]);
    expectFound('ويستند إلى القرار الأممي 68/262 حول وحدة الأراضي.', [{ body: 'UNGA', number: '68/262', mention: 'القرار الأممي 68/262' }]);
  });

  it('reads قرارات الشرعية الدولية as UN resolutions', () => {
    expectFound('على أساس قرارات الشرعية الدولية 242 و338.', [
      { body: 'UNSC', number: '242', mention: 'قرارات الشرعية الدولية 242' },
      { body: 'UNSC', number: '338', mention: '338' },
    ]);
  });

  it('reads قراره with the body as the subject of the sentence', () => {
    expectFound('وأصدر مجلس الأمن الدولي قراره رقم 2468 بالإجماع.', [{ body: 'UNSC', number: '2468', mention: 'قراره رقم 2468' }]);
    expectFound('واعتمدت الجمعية العامة قرارها 3236 حول الحقوق.', [{ body: 'UNGA', number: '3236', mention: 'قرارها 3236' }]);
  });

  it('takes the body from لمجلس الأمن right after the number', () => {
    expectFound('ودعا إلى العمل بالقرار 2286 لمجلس الأمن بشأن المستشفيات.', [{ body: 'UNSC', number: '2286', mention: 'القرار 2286' }]);
  });

  it('does not take a regional council for the Security Council', () => {
    expectFound('وجاء قرار مجلس الأمن والسلم الأفريقي رقم 1234 متأخرا.', []);
  });

  it('reads a nickname between head and number', () => {
    expectFound('ونص قرار التقسيم رقم 181 على دولتين في فلسطين.', [{ body: 'UNGA', number: '181', mention: 'قرار التقسيم رقم 181' }]);
  });
});
