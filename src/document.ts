import { normalize, toOriginal, type Normalized } from './normalize/index.js';
import { splitSentences } from './segment/sentences.js';
import { cliticForms, tokenize, type Token } from './segment/tokens.js';
import { PHRASE_LEXICONS, givenNames, sportWords } from './lexicon/compiled.js';
import { scanLexicons, type AlsoLookup, type HitsOf } from './lexicon/phrases.js';
import { surnameFirstWords } from './lexicon/actors/index.js';
import { cueFirstWords, dropHomographs, findCueHits, type CueHit } from './lexicon/cueForms.js';
import { lowerBoundByStart } from './segment/search.js';
import type { Span } from './types.js';
import type { Blocks } from './segment/blocks.js';
import { LETTER_OR_DIGIT, NUMBER, isSpaceUnit } from './lexicon/wordChars.js';

/** The hits of every phrase lexicon over a document's words (doc.lex.titles.match(i)…). */
export type LexiconHits = HitsOf<typeof PHRASE_LEXICONS>;

/**
 * The article being read, built once and read by every stage: the original text, a normalised copy
 * for matching (with its offset map), sentences and paragraphs, tokens (one tokenizer), the hits of
 * every lexicon (one pass over the words) and the reporting cue words. All spans held here are in
 * normalised coordinates; `orig()` maps them back to the original text, and only the final
 * assembly (assemble.ts) does so for output.
 */
export interface Doc {
  /** The original text, as decoded (byte-order mark already dropped). */
  text: string;
  /** The normalised copy used for matching. */
  norm: string;
  n: Normalized;
  /** Sentences, in normalised coordinates. */
  sentences: Span[];
  /** Paragraphs (split on line breaks), in normalised coordinates. */
  paragraphs: Span[];
  /** The words (runs of letters, marks and digits), in order. */
  tokens: Token[];
  /** Words and punctuation marks, in order (the same word objects as `tokens`). */
  all: Token[];
  /** For a long text: where tokensIn starts its search in `all`, by block of the text, made on first use (TokenSource.allByEnd). */
  allByEnd?: Blocks;
  /** Every phrase lexicon's hits, by token index of `tokens`. */
  lex: LexiconHits;
  /** Every reporting cue word, in order. */
  cues: CueHit[];
  /** The words of `tokens` that the lexicon pass noted for rules that would otherwise visit every word (NotedWords). */
  noted: NotedWords;
  /** Answers computed at most once per document by the rules that need them (see DocMemo). */
  memo: DocMemo;
  /** Rules switched off for this run (for measuring what each rule gains); empty normally. */
  disabled: ReadonlySet<string>;
  /** The year the article speaks from: the reference date's, else its dateline's, else null. */
  year: number | null;
}

/**
 * Indexes of the words (of Doc.tokens), ascending, that have a clitic form among a word set, noted
 * by the lexicon pass as it looks up every form (scanLexicons): a rule that needs only those words
 * visits them, not every clitic form of every word again.
 */
export interface NotedWords {
  /** A form starts a known surname (surnameFirstWords): the known-surname rule. */
  surnames: readonly number[];
  /** A form is a word of sport (sportWords): the sports-fixture filter of meeting cues. */
  sport: readonly number[];
  /**
   * Per word, bit f set where its clitic form f is a given name (givenNames): the name parsers ask
   * it of most words. Undefined where the pass did not look them up, because the set was not made
   * yet (a cold start answers givenNames.has from the tables instead of making it).
   */
  given: Uint8Array | undefined;
}

/**
 * Per-document answers that several rules ask for, kept on the document (never in module state):
 * each is filled by the function that owns it on first use.
 */
export interface DocMemo {
  /** personName.nameLike per token: 0 not asked, 1 yes, 2 no. */
  nameLike?: Uint8Array;
  /** personName: which "علي" tokens were written على in the original, and whether the text writes ى at all. */
  ali?: { prepositions: Set<number>; maqsuraUsed: boolean };
  /** personName.formCount: how often each word asked about occurs under any of its clitic forms. */
  formCounts?: Map<string, number>;
  /** personName.formCount of every clitic form of the words, once a second word was asked about. */
  formIndex?: Map<string, number>;
  /** Other per-document answers, by the key of the function that owns each (see remember). */
  answers?: Map<string, unknown>;
}

/**
 * A per-document answer computed once: the first call with a key runs `make` and keeps its result on
 * the document; later calls return it. The key names the function that owns the answer.
 */
export function remember<T>(doc: Doc, key: string, make: () => T): T {
  const answers = (doc.memo.answers ??= new Map());
  if (answers.has(key)) return answers.get(key) as T;
  const value = make();
  answers.set(key, value);
  return value;
}

/** Options for building a document. */
export interface DocOptions {
  /** Rule ids to switch off (see `npm run rules`). */
  disabled?: Iterable<string>;
  /** The date the article was published or is read against (YYYY-MM-DD), where known. */
  referenceDate?: string;
}

/** Build the document for a text: normalise, split, tokenise and match every lexicon, once. */
export function createDoc(text: string, options: DocOptions = {}): Doc {
  const n = joinAcronyms(normalize(text));
  const norm = n.norm;
  const paragraphs = paragraphsOf(norm);
  const { words, all } = tokenize(norm);
  // the reporting cues' first words, the known surnames' and the words of sport are looked up in
  // the same pass as the lexicons' (each word's clitic forms are walked once)
  const cueWords = cueFirstWords();
  const cueAt: AlsoLookup | undefined = cueWords ? { words: cueWords, at: [] } : undefined;
  const surnames: AlsoLookup = { words: surnameFirstWords(), at: [] };
  const sport: AlsoLookup = { words: sportWords.words(), at: [] };
  const givenWords = givenNames.made();
  const given: AlsoLookup | undefined = givenWords ? { words: givenWords, at: [], forms: new Uint8Array(words.length) } : undefined;
  const also = cueAt ? [cueAt, surnames, sport] : [surnames, sport];
  if (given) also.push(given);
  const lex = scanLexicons(PHRASE_LEXICONS, norm, words, cliticForms, also);
  return {
    text,
    norm,
    n,
    sentences: splitSentences(norm),
    paragraphs,
    tokens: words,
    all,
    allByEnd: undefined,
    lex,
    cues: dropHomographs(findCueHits(norm, words, cueAt?.at), (start, end) => {
      const o = toOriginal(n, start, end);
      return text.slice(o.start, o.end);
    }),
    noted: { surnames: surnames.at, sport: sport.at, given: given?.forms },
    memo: {},
    disabled: new Set(options.disabled ?? []),
    year: referenceYear(norm, options.referenceDate),
  };
}

/** An acronym of Arabic letter groups joined by full stops (سي.إن.إن، د.ب.أ، إف.بي.آي), normalised: three groups or more of one to three letters. */
const DOTTED_ACRONYM = /(?<![\u0621-\u064A])(?:[\u0621-\u064A]{1,3}\.){2,}[\u0621-\u064A]{1,3}(?![\u0621-\u064A])/gu;

/**
 * The normalised copy with the full stops inside a dotted acronym made ـ (سي.إن.إن → سيـانـان), a
 * letter the copy has nowhere else (normalising drops it): the acronym is one word, as CNN is, no
 * sentence or clause ends inside it, and its letter groups are not read as words (إن، أ). Same
 * length, so the offset map holds; normalize() itself stays idempotent and context-free.
 */
function joinAcronyms(n: Normalized): Normalized {
  // (the regex runs only where a full stop stands between two letters: most texts have none)
  const text = n.norm;
  let k = text.indexOf('.');
  while (k > 0 && !(arabicLetter(text.charCodeAt(k - 1)) && arabicLetter(text.charCodeAt(k + 1)))) k = text.indexOf('.', k + 1);
  if (k <= 0) return n;
  const norm = text.replace(DOTTED_ACRONYM, (m) => m.replaceAll('.', '\u0640'));
  return norm === text ? n : { ...n, norm };
}

/** The code unit is an Arabic letter of the normalised copy (ء to ي). */
function arabicLetter(c: number): boolean {
  return c >= 0x621 && c <= 0x64a;
}

/** The lines of a text that hold more than spaces (split on line breaks), in its own coordinates. */
function paragraphsOf(norm: string): Span[] {
  const paragraphs: Span[] = [];
  for (let start = 0; start < norm.length; ) {
    let end = norm.indexOf('\n', start);
    if (end < 0) end = norm.length;
    // (the line walked in place, not cut out and trimmed)
    for (let k = start; k < end; k++) {
      if (isSpaceUnit(norm.charCodeAt(k))) continue;
      paragraphs.push({ start, end });
      break;
    }
    start = end + 1;
  }
  return paragraphs;
}

/** A year of the period khulasa reads (1990-2039) as a whole number. */
const YEAR = new RegExp(`(?<!${LETTER_OR_DIGIT})(?:199\\d|20[0-3]\\d)(?!${NUMBER})`, 'u');

/**
 * The year an article speaks from: the reference date's where given, else the first year of its
 * dateline (a year within its first 300 characters: "القاهرة - 12 مايو 2018"), else null. Years
 * further down are often of the past (a resolution of 2015, a war of 2011) and are not read.
 */
function referenceYear(norm: string, referenceDate: string | undefined): number | null {
  const given = referenceDate ? /^(\d{4})-\d{2}-\d{2}/.exec(referenceDate) : null;
  if (given) return Number(given[1]);
  const m = YEAR.exec(norm.slice(0, 300));
  return m ? Number(m[0]) : null;
}

/** True unless the rule was switched off for this document. */
export function enabled(doc: Doc, rule: string): boolean {
  return doc.disabled.size === 0 || !doc.disabled.has(rule);
}

/** Map a normalised span to the original text. */
export function orig(doc: Doc, span: Span): Span {
  return toOriginal(doc.n, span.start, span.end);
}

/** The original text of a normalised span. */
export function origText(doc: Doc, span: Span): string {
  const o = orig(doc, span);
  return doc.text.slice(o.start, o.end);
}

/**
 * The original text of a name, title or place, hashtags undone: the mark goes (سعد #الحريري) and
 * the underscores (#مارتن_غريفيث) are the spaces between its words.
 */
export function plainText(doc: Doc, span: Span): string {
  const text = origText(doc, span);
  return hasHashtagMark(text) ? text.replace(/#/g, '').replace(/_/g, ' ').replace(/ {2,}/g, ' ').trim() : text;
}

/** Whether a text holds # or _ (/[#_]/.test(text), by code unit: asked of every name and title output). */
function hasHashtagMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x23 || c === 0x5f) return true;
  }
  return false;
}

/** Whether a text holds « » " “ or ” (/[«»"“”]/u.test(text), by code unit). */
function hasQuoteMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab || c === 0xbb || c === 0x22 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}

/** A person's name, title or body as output: plainText, and the quotes around a body's name go (حزب «القوات» → حزب القوات). */
export function entityText(doc: Doc, span: Span): string {
  const text = plainText(doc, span);
  return hasQuoteMark(text) ? text.replace(/[«»"“”]/gu, '').replace(/ {2,}/g, ' ').trim() : text;
}

/** The index of the sentence holding normalised offset `at` (binary search), or -1. */
export function sentenceAt(doc: Doc, at: number): number {
  const i = lowerBoundByStart(doc.sentences, at + 1) - 1;
  return i >= 0 && at < doc.sentences[i].end ? i : -1;
}

/** The paragraph holding normalised offset `at` (binary search), or undefined. */
export function paragraphAt(doc: Doc, at: number): Span | undefined {
  const i = lowerBoundByStart(doc.paragraphs, at + 1) - 1;
  const p = doc.paragraphs[i];
  return p && at < p.end ? p : undefined;
}
