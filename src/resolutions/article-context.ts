import { remember, type Doc } from '../document.js';
import { COUNTRIES } from '../lexicon/countries.js';
import { CONTEXT_FORMS, RESOLUTIONS, type ResolutionEntry } from '../lexicon/resolutions.js';
import { normalizeForm } from '../normalize/index.js';
import { WORD_CHAR } from '../lexicon/compile.js';
import { LateFilter } from '../lexicon/phrases.js';

/** A form of a context key split into words, with the keys it names. */
interface ContextForm {
  words: string[];
  keys: string[];
}

// Built on first use: most articles cite no bare well-known number and never need it. Keyed by the
// form's first word, so that the article is read word by word (one big alternation of several
// hundred forms tried at every character cost milliseconds per article).
let byFirstWord: Map<string, ContextForm[]> | null = null;

/**
 * Every context key of the table with its forms: for an ISO code the state's names, adjectives and
 * capitals from the country lexicon (without the forms it marks ambiguous) plus CONTEXT_FORMS[iso];
 * for a topic key its CONTEXT_FORMS.
 */
function contextForms(): Map<string, ContextForm[]> {
  if (byFirstWord) return byFirstWord;
  const byForm = new Map<string, ContextForm>();
  for (const key of new Set(RESOLUTIONS.flatMap((r) => r.context))) {
    const country = /^[A-Z]{2}$/.test(key) ? COUNTRIES.find((c) => c.iso === key) : undefined;
    const ambiguous = new Set(country?.ambiguous ?? []);
    const own = country ? [...country.names, ...country.nisba, ...country.capitals].filter((f) => !ambiguous.has(f)) : [];
    for (const form of [...own, ...(CONTEXT_FORMS[key] ?? [])]) {
      const words = normalizeForm(form).split(/ +/).filter(Boolean);
      if (words.length === 0) continue;
      const id = words.join(' ');
      const entry = byForm.get(id) ?? { words, keys: [] };
      if (!entry.keys.includes(key)) entry.keys.push(key);
      byForm.set(id, entry);
    }
  }
  byFirstWord = new Map();
  for (const f of byForm.values()) {
    const list = byFirstWord.get(f.words[0]) ?? [];
    list.push(f);
    byFirstWord.set(f.words[0], list);
  }
  return byFirstWord;
}

/** A word of the normalised text: letters, marks and digits, as the lexicon regexes bound words. */
const WORD = new RegExp(`${WORD_CHAR}+`, 'gu');

/**
 * The ways a word may stand for a lexicon word: as it is, without و/ف and ب/ل/ك in front, and with
 * the article's alef back after ل (للحوثيين = ل + الحوثيين).
 */
function unprefixed(word: string): string[] {
  const out = [word];
  let rest = word;
  if (rest.length > 2 && (rest[0] === 'و' || rest[0] === 'ف')) {
    rest = rest.slice(1);
    out.push(rest);
  }
  if (rest.length > 2 && (rest[0] === 'ب' || rest[0] === 'ل' || rest[0] === 'ك')) {
    const bare = rest.slice(1);
    out.push(bare);
    if (rest[0] === 'ل' && bare[0] === 'ل') out.push('ا' + bare);
  }
  return out;
}

/** The context keys (ISO codes, topics) the article names anywhere; one pass over its words. */
export function articleContext(doc: Doc): ReadonlySet<string> {
  return remember(doc, 'resolutions/articleContext', () => contextIn(doc));
}

function contextIn(doc: Doc): ReadonlySet<string> {
  const forms = contextForms();
  const filter = (contextFilter ??= new LateFilter(() => forms.keys()));
  const words = wordsOf(doc);
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const w of unprefixed(words[i])) {
      // (most words of an article start no form: the filter answers them without a probe of the map)
      const list = filter.mayHave(w) ? forms.get(w) : undefined;
      if (list === undefined) continue;
      for (const f of list) {
        if (f.words.every((fw, k) => k === 0 || words[i + k] === fw)) for (const key of f.keys) found.add(key);
      }
    }
  }
  return found;
}

/**
 * The words of the normalised text as WORD reads them: the document's tokens' texts, which are the
 * same runs in the BMP (every code unit classed alike); a text with a surrogate (an astral letter
 * is of a token, not of WORD) is read by WORD itself.
 */
function wordsOf(doc: Doc): string[] {
  if (SURROGATE.test(doc.norm)) return doc.norm.match(WORD) ?? [];
  const tokens = doc.tokens;
  const words: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) words[i] = tokens[i].text;
  return words;
}
const SURROGATE = /[\uD800-\uDFFF]/;

/** A filter of the context forms' first words (contextIn). */
let contextFilter: LateFilter | undefined;

/** Whether the article names a state or topic of the entry's file (Yemen for 2216, Syria for 2254). */
export function fitsContext(doc: Doc, entry: ResolutionEntry): boolean {
  const keys = articleContext(doc);
  return entry.context.some((k) => keys.has(k));
}
