import { describe, expect, it } from 'vitest';
import { createDoc, orig, origText, sentenceAt } from '../src/document.js';

/** The normalised span of the first occurrence of `form` in the document. */
function find(norm: string, form: string): { start: number; end: number } {
  const at = norm.indexOf(form);
  if (at < 0) throw new Error(`"${form}" not in "${norm}"`);
  return { start: at, end: at + form.length };
}

describe('createDoc()', () => {
  const text = '\u200Fاستقبل الرئيسُ المصريُّ وزيرَ الخارجية.  وأكّد الجانبان ضرورة الحل.\nالقاهرة – ٢٠٢٤';
  const doc = createDoc(text);

  it('keeps the original text and a normalised copy', () => {
    expect(doc.text).toBe(text);
    expect(doc.norm).toBe('استقبل الرييس المصري وزير الخارجيه.  واكد الجانبان ضروره الحل.\nالقاهره – 2024');
  });

  it('splits sentences and paragraphs in normalised coordinates', () => {
    expect(doc.sentences.map((s) => doc.norm.slice(s.start, s.end))).toEqual([
      'استقبل الرييس المصري وزير الخارجيه.',
      'واكد الجانبان ضروره الحل.',
      'القاهره – 2024',
    ]);
    expect(doc.paragraphs.map((s) => doc.norm.slice(s.start, s.end))).toEqual([
      'استقبل الرييس المصري وزير الخارجيه.  واكد الجانبان ضروره الحل.',
      'القاهره – 2024',
    ]);
  });

  it('ignores blank lines when finding paragraphs', () => {
    expect(createDoc('سطر\n   \n\nسطر آخر').paragraphs).toEqual([
      { start: 0, end: 3 },
      { start: 9, end: 16 },
    ]);
  });
});

describe('dotted acronyms', () => {
  it('are one word of the copy: their letter groups are no words, their stops end nothing', () => {
    const text = 'وقال الرئيس لشبكة سي.إن.إن إن الاتفاق سيئ. ونقلت وكالة د.ب.أ الخبر.';
    const doc = createDoc(text);
    expect(doc.norm).toBe('وقال الرييس لشبكه سي\u0640ان\u0640ان ان الاتفاق سيي. ونقلت وكاله د\u0640ب\u0640ا الخبر.');
    expect(doc.tokens.map((t) => t.text)).toContain('سي\u0640ان\u0640ان');
    expect(origText(doc, find(doc.norm, 'سي\u0640ان\u0640ان'))).toBe('سي.إن.إن');
    expect(doc.sentences).toHaveLength(2);
  });

  it('leave abbreviations with one stop and words run into a full stop alone', () => {
    expect(createDoc('وقال د. سامر إن ق.م هي قبل الميلاد.انتهى').norm).toBe('وقال د. سامر ان ق.م هي قبل الميلاد.انتهي');
  });
});

describe('orig() and origText()', () => {
  const text = '\u200Fاستقبل الرئيسُ المصريُّ وزيرَ الخارجية في القاهرة ٢٠٢٤';
  const doc = createDoc(text);

  it('map a normalised span to the original text, harakat and all', () => {
    const span = find(doc.norm, 'الرييس المصري');
    expect(orig(doc, span)).toEqual({ start: 8, end: 24 });
    expect(origText(doc, span)).toBe('الرئيسُ المصريُّ');
    expect(text.slice(8, 24)).toBe(origText(doc, span));
  });

  it('leave the bidi mark before the text out of the first word', () => {
    const span = find(doc.norm, 'استقبل');
    expect(orig(doc, span)).toEqual({ start: 1, end: 7 });
    expect(origText(doc, span)).toBe('استقبل');
  });

  it('give back Arabic-Indic digits as written', () => {
    const span = find(doc.norm, '2024');
    expect(origText(doc, span)).toBe('٢٠٢٤');
    expect(orig(doc, span)).toEqual({ start: text.length - 4, end: text.length });
  });
});

describe('sentenceAt()', () => {
  const doc = createDoc('قال الوزير نعم. ورد الأمين لا.');
  // sentences: [0, 15) and [16, 30)

  it('finds the sentence holding an offset', () => {
    expect(doc.sentences).toEqual([
      { start: 0, end: 15 },
      { start: 16, end: 30 },
    ]);
    expect(sentenceAt(doc, 0)).toBe(0);
    expect(sentenceAt(doc, 14)).toBe(0);
    expect(sentenceAt(doc, 16)).toBe(1);
    expect(sentenceAt(doc, 29)).toBe(1);
  });

  it('returns -1 between sentences and past the end', () => {
    expect(sentenceAt(doc, 15)).toBe(-1);
    expect(sentenceAt(doc, 30)).toBe(-1);
    expect(sentenceAt(doc, -1)).toBe(-1);
    expect(sentenceAt(createDoc(''), 0)).toBe(-1);
  });
});

describe('a statement after an outlet written as a dotted acronym', () => {
  it('starts after the acronym', async () => {
    const { summarize } = await import('../src/index.js');
    const r = summarize('وقال الرئيس الأمريكي كمال الغربي لشبكة سي.إن.إن إن الاتفاق سيئ للغاية.');
    expect(r.positions.map((p) => p.statement)).toEqual(['الاتفاق سيئ للغاية']);
  });
});
