import { describe, expect, it } from 'vitest';
import { CUES } from '../../src/lexicon/cues.js';
import { normalizeForm } from '../../src/normalize/index.js';
import { cueFirstWords, cueOf, findCueHits as findCueHitsIn, inflect } from '../../src/lexicon/cueForms.js';
import { PHRASE_LEXICONS } from '../../src/lexicon/compiled.js';
import { scanLexicons } from '../../src/lexicon/phrases.js';
import { alternation, WORD_CHAR } from '../../src/lexicon/compile.js';
import { cliticForms, tokenize } from '../../src/segment/tokens.js';

/** findCueHits over a text's own words, as the document reads them. */
const findCueHits = (norm: string) => findCueHitsIn(norm, tokenize(norm).words);

/** Every cue form as a whole word with optional proclitics, as one regex: the oracle the token matcher must agree with. */
const CUE_RE = new RegExp(`(?<!${WORD_CHAR})(?<pre>(?:[وف]?[بلك]?))(?<w>${alternation(CUES.flatMap((e) => inflect(e).map(([f]) => f)))})(?!${WORD_CHAR})`, 'gu');

/** The whole-text regex search findCueHits must agree with. */
function byScan(norm: string): { index: number; end: number; pre: string; w: string }[] {
  const re = new RegExp(CUE_RE.source, 'gu');
  return [...norm.matchAll(re)]
    .filter((m) => cueOf(m.groups!.w))
    .map((m) => ({ index: m.index, end: m.index + m[0].length, pre: m.groups!.pre, w: m.groups!.w }));
}
/** findCueHits at the words the lexicon pass notes (as a document is built): must find the same. */
function findCueHitsNoted(norm: string) {
  const words = tokenize(norm).words;
  const also = { words: cueFirstWords()!, at: [] as number[] };
  scanLexicons(PHRASE_LEXICONS, norm, words, cliticForms, [also]);
  return findCueHitsIn(norm, words, also.at);
}
const view = (hits: { index: number; end: number; pre: string; w: string }[]) => hits.map(({ index, end, pre, w }) => ({ index, end, pre, w }));

describe('findCueHits', () => {
  it('finds cue words with their proclitics and offsets, and not inside other words', () => {
    const norm = normalizeForm('وأكد الوزير أن الحل سياسي، مشيرا إلى الاتفاق. وتأكيدات كثيرة');
    const hits = findCueHits(norm);
    expect(hits.map((h) => norm.slice(h.index, h.end))).toEqual(['واكد', 'مشيرا']);
    expect(hits[0]).toMatchObject({ index: 0, pre: 'و', w: 'اكد' });
    expect(findCueHitsNoted(norm)).toEqual(hits);
  });

  it('has no first word too short to be a clitic form, so the lexicon pass can note the cue words', () => {
    expect(cueFirstWords()).toBeDefined();
  });

  it('agrees with a search of the whole text on generated text', () => {
    const forms = CUES.slice(0, 40).flatMap((e) => inflect(e).map(([f]) => normalizeForm(f)));
    const fillers = ['الرييس', 'في', 'القاهره', 'امس', 'ان', 'علي', 'لل', 'كتاب', 'ال'];
    const pres = ['', '', 'و', 'ف', 'ب', 'ل', 'وب', 'لل', 'ال', 'ت'];
    const seps = [' ', ' ', '، ', '\n', '. ', ' «', '» '];
    let seed = 11;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let trial = 0; trial < 200; trial++) {
      const words = Array.from({ length: 2 + rand(25) }, () => (rand(2) ? pres[rand(pres.length)] + forms[rand(forms.length)] : fillers[rand(fillers.length)]));
      const norm = words.map((w) => w + seps[rand(seps.length)]).join('');
      const cut = norm.slice(rand(3));
      expect(view(findCueHits(cut))).toEqual(byScan(cut));
      expect(view(findCueHitsNoted(cut))).toEqual(byScan(cut));
    }
  });
});
