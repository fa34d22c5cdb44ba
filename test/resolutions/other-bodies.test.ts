import { describe, expect, it } from 'vitest';
import { expectFound, find } from './helpers.js';

/** General Assembly, Human Rights Council and Arab League forms; invented sentences. */
describe('General Assembly forms', () => {
  it('reads session/number after a head when the article names the General Assembly', () => {
    const [r] = expectFound('وأشار إلى القرار 65/224 الصادر عن الجمعية العامة.', [{ body: 'UNGA', number: '65/224', mention: 'القرار 65/224' }]);
    expect(r.symbol).toBe('A/RES/65/224');
    expectFound('اجتمعت الجمعية العامة أمس. ويدعو القرار 71/12 إلى الحوار.', [{ body: 'UNGA', number: '71/12', mention: 'القرار 71/12' }]);
    expectFound('ويدعو القرار 71/12 إلى الحوار. وصوتت عليه الجمعية العامة بالأغلبية.', [{ body: 'UNGA', number: '71/12', mention: 'القرار 71/12' }]);
  });

  it('does not read session/number as the General Assembly when the article names no UN body, or when it cannot be its numbering', () => {
    expect(find('ويدعو القرار 71/12 إلى الحوار.')).toEqual([]);
    expect(find('اجتمعت الجمعية العامة أمس. وصدر القرار رقم 12/1559 بشأن الاستيراد.')).toEqual([]);
    expect(find('اجتمعت الجمعية العامة للشركة أمس. وصدر القرار 14/3 بتوزيع الأرباح.')).toEqual([]);
    expect(find('اجتمعت الجمعية العامة للمساهمين أمس. وصدر القرار 71/12 بتوزيع الأرباح.')).toEqual([]);
  });

  it('reads UN symbols, emergency special sessions included, numbers upper-cased', () => {
    expectFound('وجاء في الوثيقة A/RES/65/224 ما يلي.', [{ body: 'UNGA', number: '65/224', mention: 'A/RES/65/224' }]);
    const [r] = expectFound('وأحال إلى الوثيقة a/res/es-10/19 بشأن القدس.', [{ body: 'UNGA', number: 'ES-10/19', mention: 'a/res/es-10/19' }]);
    expect(r.year).toBe(2017);
    expect(r.symbol).toBe('A/RES/ES-10/19');
  });

  it('reads قرار الجمعية العامة رقم N and sessions in brackets', () => {
    expectFound('وتمسك بقرار الجمعية العامة رقم 194 حول العودة.', [{ body: 'UNGA', number: '194', mention: 'قرار الجمعية العامة رقم 194' }]);
    for (const session of ['(د-3)', '(د - 3)', '(الدورة 3)', '(III)']) {
      expectFound(`ويكفل القرار 194 ${session} حق العودة.`, [{ body: 'UNGA', number: '194', mention: 'القرار 194' }]);
      expectFound(`ونص القرار 3001 ${session} على ذلك.`, [{ body: 'UNGA', number: '3001', mention: 'القرار 3001' }]);
    }
  });
});

describe('Human Rights Council forms', () => {
  it('reads A/HRC/RES symbols, special sessions included', () => {
    expectFound('وصدر القرار A/HRC/RES/31/1 بالإجماع.', [{ body: 'UNHRC', number: '31/1', mention: 'A/HRC/RES/31/1' }]);
    expectFound('وصدر القرار A/HRC/RES/S-29/1 بعد الجلسة.', [{ body: 'UNHRC', number: 'S-29/1', mention: 'A/HRC/RES/S-29/1' }]);
  });

  it('reads session/number when the article names the Council, not a number beyond its numbering', () => {
    expectFound('وختم مجلس حقوق الإنسان دورته. وطالب القرار 40/13 بتحقيق مستقل.', [{ body: 'UNHRC', number: '40/13', mention: 'القرار 40/13' }]);
    expect(find('وختم مجلس حقوق الإنسان دورته. وصدر القرار 40/1300 لاحقا.')).toEqual([]);
  });
});

describe('Arab League council forms', () => {
  it('reads قرار مجلس الجامعة رقم N and its long forms', () => {
    expectFound('وأكد البيان على قرار مجلس الجامعة رقم 8437 الخاص بالقدس.', [{ body: 'ARAB_LEAGUE', number: '8437', mention: 'قرار مجلس الجامعة رقم 8437' }]);
    expectFound('ونفذ قرار مجلس الجامعة العربية على المستوى الوزاري رقم 8437.', [
      { body: 'ARAB_LEAGUE', number: '8437', mention: 'قرار مجلس الجامعة العربية على المستوى الوزاري رقم 8437' },
    ]);
  });

  it('reads the council session mark د.ع after the number', () => {
    expectFound('وأيد القرار رقم 8437 د.ع (149) بشأن القدس.', [{ body: 'ARAB_LEAGUE', number: '8437', mention: 'القرار رقم 8437' }]);
    expectFound('وأيد القرار رقم 7895 د.غ.ع بشأن القدس.', [{ body: 'ARAB_LEAGUE', number: '7895', mention: 'القرار رقم 7895' }]);
  });

  it('does not read a university council or a doctor for the Arab League', () => {
    expect(find('وصدر القرار 4120 الصادر عن الجامعة بتعديل الرسوم.')).toEqual([]);
    expectFound('وقال إن القرار 2287 (2016) د. سامي شرحه.', [{ body: 'UNSC', number: '2287', mention: 'القرار 2287' }]);
  });
});
