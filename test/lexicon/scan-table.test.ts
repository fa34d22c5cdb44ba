import { describe, expect, it } from 'vitest';
import { PHRASE_LEXICONS } from '../../src/lexicon/compiled.js';
import { scanLexicons, type AlsoLookup } from '../../src/lexicon/phrases.js';
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
