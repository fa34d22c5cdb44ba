import { describe, expect, it } from 'vitest';
import { PHRASE_LEXICONS } from '../../src/lexicon/compiled.js';
import { scanLexicons, WordSet, type AlsoLookup } from '../../src/lexicon/phrases.js';
import { cueFirstWords } from '../../src/lexicon/cueForms.js';
import { normalizeForm } from '../../src/normalize/index.js';
import { cliticForms, tokenize } from '../../src/segment/tokens.js';

const TEXT = normalizeForm(
  'واستقبل وزير الخارجية المصري سامر الحديدي في القاهرة أمس الأمين العام لجامعة الدول العربية، وبحث معه مع نظيره الأردني ' +
    'الوضع في سوريا. وقال رئيس الوزراء إن مجلس الأمن الدولي سيعقد جلسة في نيويورك، وأكد الشيخ زويد بن راشد للصحفيين أن ' +
    'الاتحاد الأوروبي والأمم المتحدة يدعمان الحل. كتاب قديم في مكتبة الحي.',
);

/** A word set looked up in the same pass (one set: a scan with other sets makes another index). */
const NAMES = new Set(['الحديدي', 'راشد']);

/** Every hit of every lexicon at every word, and the words each `also` set noted, of one scan. */
function scan(lexicons: typeof PHRASE_LEXICONS) {
  const words = tokenize(TEXT).words;
  const also: AlsoLookup[] = [
    { words: cueFirstWords()!, at: [] },
    { words: NAMES, at: [], forms: new Uint8Array(words.length) },
  ];
  const hits = scanLexicons(lexicons, TEXT, words, cliticForms, also);
  const names = Object.keys(lexicons) as (keyof typeof PHRASE_LEXICONS)[];
  const seen = words.map((_, i) => names.map((name) => [hits[name].match(i), hits[name].match(i, true)]));
  return { seen, at: also.map((a) => a.at), forms: [...also[1].forms!] };
}

describe('scanLexicons', () => {
  it('finds the same hits once its index is read as a table as before', () => {
    // a map of its own: a combined index of its own, partial at first, then complete, then a table
    const lexicons = { ...PHRASE_LEXICONS };
    const first = scan(lexicons);
    expect(first.seen.some((cell) => cell.some(([hit]) => hit !== undefined))).toBe(true);
    expect(first.at[1].length).toBeGreaterThan(0);
    for (let k = 0; k < 100; k++) expect(scan(lexicons)).toEqual(first);
  });
});

describe('WordSet', () => {
  it('answers a large set as its words, before and after it reads them as a hash table', () => {
    const stems = ['كتب', 'درس', 'علم', 'عمل', 'سفر', 'نظر', 'حكم', 'قرر', 'شرح', 'فتح'];
    const words = stems.flatMap((s) => [s, 'ال' + s, s + 'ه', 'و' + s, 'ب' + s, 'ل' + s, s + 'ات', 'م' + s, 'ت' + s, 'ا' + s, s + 'ي', s + 'ين', s + 'ون', 'است' + s, 'ي' + s, 'ن' + s, s + 'ا', s + 'وا', 'وال' + s, 'بال' + s, 'لل' + s]);
    const set = new WordSet(() => words);
    const made = new Set(words.map(normalizeForm));
    expect(made.size).toBeGreaterThanOrEqual(200);
    const asked = [...made, ...made].map((w, k) => (k % 3 === 0 ? w + 'x' : k % 5 === 0 ? w.slice(1) : w)).concat(['', 'ا', 'قلم', 'الكتاب']);
    for (let round = 0; round < 30; round++) for (const w of asked) expect(set.has(w)).toBe(made.has(w));
  });
});
