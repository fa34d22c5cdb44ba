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

/**
 * Finds lexicon phrases at token positions. Forms are normalised and split into words; a phrase
 * may carry proclitics on its first word (وبالقاهرة, للأمم المتحدة). Longest phrase wins.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  /** Build from [form, value] pairs; the first value given for a form is kept. */
  constructor(entries: Iterable<readonly [string, T]>) {
    const seen = new Set<string>();
    for (const [form, value] of entries) {
      const n = normalizeForm(form).replace(/[^\p{L}\p{M}\p{N} ]+/gu, ' ').trim();
      if (!n || seen.has(n)) continue;
      seen.add(n);
      const words = n.split(/ +/);
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, value });
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at token i (proclitics allowed unless `bare`), or undefined. */
  match(tokens: Token[], i: number, bare = false): PhraseHit<T> | undefined {
    const t = tokens[i];
    if (!t) return undefined;
    const forms = bare ? [t.text] : cliticForms(t.text);
    let best: PhraseHit<T> | undefined;
    for (const f of forms) {
      const list = this.byFirst.get(f);
      if (!list) continue;
      for (const cand of list) {
        if (best && cand.words.length <= best.len) break;
        if (!this.rest(tokens, i, cand.words)) continue;
        // "للحريري" stands for ل + "الحريري": the form's alef is not in the text, so the phrase starts one later.
        const preLen = t.text.endsWith(f) ? t.text.length - f.length : t.text.length - f.length + 1;
        best = { i, len: cand.words.length, start: t.start + preLen, end: tokens[i + cand.words.length - 1].end, pre: t.text.slice(0, preLen), value: cand.value };
        break;
      }
    }
    return best;
  }

  /** True where `word` (a single normalised word, clitics peeled) is the start of some phrase. */
  has(word: string): boolean {
    return this.byFirst.has(word);
  }

  private rest(tokens: Token[], i: number, words: string[]): boolean {
    for (let k = 1; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t || !t.joined || t.text !== words[k]) return false;
    }
    return true;
  }
}
