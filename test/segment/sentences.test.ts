import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { splitSentences } from '../../src/segment/sentences.js';

/** The sentences of a text, as [start, end, text] in normalised coordinates. */
function sentences(text: string): [number, number, string][] {
  const norm = normalize(text).norm;
  return splitSentences(norm).map((s) => [s.start, s.end, norm.slice(s.start, s.end)]);
}

describe('splitSentences()', () => {
  it('ends a sentence at . ؟ ! and … followed by a space', () => {
    expect(sentences('انتهى اللقاء. هل من جديد؟ نعم! ثم ماذا… لا شيء')).toEqual([
      [0, 13, 'انتهي اللقاء.'],
      [14, 25, 'هل من جديد؟'],
      [26, 30, 'نعم!'],
      [31, 39, 'ثم ماذا…'],
      [40, 46, 'لا شيء'],
    ]);
  });

  it('keeps a run of end marks with its sentence', () => {
    expect(sentences('رائع!! حقا؟!')).toEqual([
      [0, 6, 'رايع!!'],
      [7, 12, 'حقا؟!'],
    ]);
  });

  it('ends a sentence at a line break, even without punctuation', () => {
    expect(sentences('العنوان الرئيسي\n\nاستقبل الرئيس الوفد')).toEqual([
      [0, 15, 'العنوان الرييسي'],
      [17, 36, 'استقبل الرييس الوفد'],
    ]);
  });

  it('does not end a sentence after an abbreviation: د. أ. م. and أ.د.', () => {
    expect(sentences('التقى د. سامي الخطيب بالوفد. ثم غادر')).toEqual([
      [0, 28, 'التقي د. سامي الخطيب بالوفد.'],
      [29, 36, 'ثم غادر'],
    ]);
    expect(sentences('وقال أ.د. عمر بن نادر إن الوضع صعب')).toHaveLength(1);
    expect(sentences('حاضر م. كريم في الندوة')).toHaveLength(1);
    expect(sentences('(د. ليلى منصور) حضرت')).toHaveLength(1);
  });

  it('still ends a sentence after a short word that is not an abbreviation', () => {
    // هو is two letters but no abbreviation; محمد. ends its sentence
    expect(sentences('قال إنه هو. ثم غادر')).toHaveLength(2);
    expect(sentences('استقبل الرئيس عمر. ثم غادر')).toEqual([
      [0, 18, 'استقبل الرييس عمر.'],
      [19, 26, 'ثم غادر'],
    ]);
  });

  it('does not end a sentence inside a decimal or a web address', () => {
    expect(sentences('بلغ النمو 3.5 بالمئة. وتراجع التضخم')).toEqual([
      [0, 21, 'بلغ النمو 3.5 بالميه.'],
      [22, 35, 'وتراجع التضخم'],
    ]);
    expect(sentences('بلغ النمو ٣.٥ بالمئة')).toHaveLength(1);
    expect(sentences('راجع الموقع example.org للمزيد')).toHaveLength(1);
  });

  it('trims spaces and drops empty sentences', () => {
    expect(sentences('  نعم.   \n \n  لا.  ')).toEqual([
      [2, 6, 'نعم.'],
      [14, 17, 'لا.'],
    ]);
    expect(sentences('')).toEqual([]);
    expect(sentences(' \n . ')).toEqual([[3, 4, '.']]);
  });
});
