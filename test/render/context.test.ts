import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { MARK_CLOSE, MARK_OPEN, markedSentence, sentenceAround } from '../../src/render/context.js';
import { ARTICLE, spanOf } from './fixtures.js';

describe('sentenceAround', () => {
  it('finds the sentence that holds a span, in original offsets', () => {
    const span = spanOf('تكثيف الجهود الدولية');
    const s = sentenceAround(ARTICLE, span);
    expect(ARTICLE.slice(s.start, s.end)).toBe('من جهته، دعا فؤاد إلى تكثيف الجهود الدولية لإطلاق مسار سياسي جاد وفق قرار مجلس الأمن 2254.');
  });

  it('spans every sentence a quotation runs over', () => {
    const text = 'قال الوزير: "الوضع خطير. ونحن نعمل على الحل". وانتهى اللقاء.';
    const s = sentenceAround(text, spanOf('الوضع خطير. ونحن نعمل', text));
    expect(text.slice(s.start, s.end)).toBe('قال الوزير: "الوضع خطير. ونحن نعمل على الحل".');
  });

  it('stays inside the text for spans at its ends or past it', () => {
    expect(sentenceAround('نص قصير', { start: 0, end: 0 })).toEqual({ start: 0, end: 7 });
    expect(sentenceAround('نص قصير', { start: 5, end: 99 })).toEqual({ start: 0, end: 7 });
  });
});

describe('markedSentence', () => {
  it('brackets the evidence when there is no colour', () => {
    const marked = markedSentence(ARTICLE, spanOf('رفض أي تدخل خارجي'));
    expect(marked).toBe(`وقال المتحدث باسم الخارجية إن الوزير شدد على ${MARK_OPEN}رفض أي تدخل خارجي${MARK_CLOSE} في الشؤون العربية.`);
  });

  it('colours the evidence word by word on a terminal, and nothing else', () => {
    const c = new Chalk({ level: 1 });
    const marked = markedSentence(ARTICLE, spanOf('رفض أي تدخل'), { chalk: c });
    expect(marked).toBe(`وقال المتحدث باسم الخارجية إن الوزير شدد على ${c.bold.underline.yellow('رفض')} ${c.bold.underline.yellow('أي')} ${c.bold.underline.yellow('تدخل')} خارجي في الشؤون العربية.`);
  });

  it('neutralises what the article holds for a terminal', () => {
    const text = 'قال \u001b[31mالوزير\u001b[0m إن\u202e الحل سياسي.\nوانتهى.';
    expect(markedSentence(text, spanOf('الحل سياسي', text))).toBe(`قال الوزير إن ${MARK_OPEN}الحل سياسي${MARK_CLOSE}.`);
  });
});
