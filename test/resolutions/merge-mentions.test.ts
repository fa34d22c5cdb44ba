import { describe, expect, it } from 'vitest';
import { expectFound } from './helpers.js';

describe('mergeMentions and addRepeatedNumbers', () => {
  it('merges repeated mentions of one resolution, keeping every offset and the first text', () => {
    const text = 'ودعا إلى تطبيق قرار مجلس الأمن رقم 2216. وأضاف أن القرار الأممي 2216 واضح، وأن بالقرار 2216 حلا.';
    const [r] = expectFound(text, [{ body: 'UNSC', number: '2216', mention: 'قرار مجلس الأمن رقم 2216' }]);
    expect(r.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['قرار مجلس الأمن رقم 2216', 'القرار الأممي 2216', 'القرار 2216']);
  });

  it('gives a later bare citation the body of an earlier one', () => {
    const text = 'تبنى مجلس حقوق الإنسان القرار 41/2. ثم عاد النقاش حول القرار 41/2 مرة أخرى.';
    const [r] = expectFound(text, [{ body: 'UNHRC', number: '41/2', mention: 'القرار 41/2' }]);
    expect(r.mentions).toHaveLength(2);
  });

  it('adds a bare number after the resolution was cited, not before', () => {
    const text = 'وكان الرقم 2254 مطروحا. ثم ذكر القرار الدولي 2254 ودعا إلى تنفيذ 2254 كاملا.';
    const [r] = expectFound(text, [{ body: 'UNSC', number: '2254', mention: 'القرار الدولي 2254' }]);
    const last = text.lastIndexOf('2254');
    expect(r.mentions.map((m) => [m.start, text.slice(m.start, m.end)])).toEqual([
      [text.indexOf('القرار الدولي 2254'), 'القرار الدولي 2254'],
      [last, '2254'],
    ]);
  });

  it('does not add a bare number that reads as a year', () => {
    const text = 'وأشار إلى قرار مجلس الأمن 2014 حول اليمن، وفي 2014 تغير الوضع.';
    const [r] = expectFound(text, [{ body: 'UNSC', number: '2014', mention: 'قرار مجلس الأمن 2014' }]);
    expect(r.mentions).toHaveLength(1);
  });

  it('keeps resolutions of different bodies with one number apart', () => {
    expectFound('ذكر قرار الجمعية العامة 377 ثم قرار مجلس الأمن 377 في السياق.', [
      { body: 'UNGA', number: '377', mention: 'قرار الجمعية العامة 377' },
      { body: 'UNSC', number: '377', mention: 'قرار مجلس الأمن 377' },
    ]);
  });
});
