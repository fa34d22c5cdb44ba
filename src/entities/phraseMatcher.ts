import { normalizeForm } from '../normalize/index.js';
import { cliticForms, type Token } from '../segment/tokens.js';

/** A multi-word phrase found at a token, with what it stands for. */
export interface PhraseHit<T> {
  /** Index of the first token. */
  i: number;
  /** Number of tokens covered. */
  len: number;
  /** Offset where the phrase starts once proclitics are peeled off the first token. */
  start: number;
  end: number;
  /** The proclitics peeled off the first token ('' if none). */
  pre: string;
  value: T;
}

/** A lexicon phrase as normalised words, with what it stands for. */
interface Phrase<T> {
  words: string[];
  value: T;
}

const NOT_WORD_OR_SPACE = /[^\p{L}\p{M}\p{N} ]/u;
const NOT_WORD_OR_SPACE_ALL = /[^\p{L}\p{M}\p{N} ]+/gu;
const SPACES = / +/;

/**
 * Finds lexicon phrases at token positions. Forms are normalised and split into words; a phrase
 * may carry proclitics on its first word (وبالقاهرة, للأمم المتحدة). Longest phrase wins.
 */
export class PhraseMatcher<T> {
  private entries: Iterable<readonly [string, T]> | null;
  private index: Map<string, Phrase<T>[]> | null = null;

  /**
   * Build from [form, value] pairs; the first value given for a form is kept. The index is built
   * on first use: a run that never asks this matcher (khulasa --help) does not pay for it.
   */
  constructor(entries: Iterable<readonly [string, T]>) {
    this.entries = entries;
  }

  private build(): Map<string, Phrase<T>[]> {
    const byFirst = new Map<string, Phrase<T>[]>();
    const seen = new Set<string>();
    for (const [form, value] of this.entries ?? []) {
      let n = normalizeForm(form);
      // Punctuation inside a form (e.g. a hyphen or a dot) separates words, as it does in the text.
      if (NOT_WORD_OR_SPACE.test(n)) n = n.replace(NOT_WORD_OR_SPACE_ALL, ' ').trim();
      if (!n || seen.has(n)) continue;
      seen.add(n);
      const words = n.split(SPACES);
      const list = byFirst.get(words[0]);
      if (list) list.push({ words, value });
      else byFirst.set(words[0], [{ words, value }]);
    }
    for (const list of byFirst.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
    this.entries = null;
    return (this.index = byFirst);
  }

  /** The longest phrase starting at token i (proclitics allowed unless `bare`), or undefined. */
  match(tokens: Token[], i: number, bare = false): PhraseHit<T> | undefined {
    const t = tokens[i];
    if (!t) return undefined;
    if (bare) return this.matchForm(tokens, i, t.text, undefined);
    let best: PhraseHit<T> | undefined;
    for (const f of (t.forms ??= cliticForms(t.text))) best = this.matchForm(tokens, i, f, best);
    return best;
  }

  /** The longest phrase at token i read as `f` (one of its forms) if longer than `best`, else `best`. */
  private matchForm(tokens: Token[], i: number, f: string, best: PhraseHit<T> | undefined): PhraseHit<T> | undefined {
    const list = (this.index ?? this.build()).get(f);
    if (!list) return best;
    const t = tokens[i];
    for (const cand of list) {
      if (best && cand.words.length <= best.len) break;
      if (!this.rest(tokens, i, cand.words)) continue;
      // "للحريري" stands for ل + "الحريري": the form's alef is not in the text, so the phrase starts one later.
      const preLen = t.text.endsWith(f) ? t.text.length - f.length : t.text.length - f.length + 1;
      return { i, len: cand.words.length, start: t.start + preLen, end: tokens[i + cand.words.length - 1].end, pre: t.text.slice(0, preLen), value: cand.value };
    }
    return best;
  }

  /** True where `word` (a single normalised word, clitics peeled) is the start of some phrase. */
  has(word: string): boolean {
    return (this.index ?? this.build()).has(word);
  }

  private rest(tokens: Token[], i: number, words: string[]): boolean {
    for (let k = 1; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t || !t.joined || t.text !== words[k]) return false;
    }
    return true;
  }
}
