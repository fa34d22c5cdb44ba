import { normalize, toOriginal, type Normalized } from './normalize/index.js';
import { splitSentences } from './segment/sentences.js';
import type { Span } from './types.js';

/**
 * The article being read: the original text, a normalised copy for matching (with its offset map),
 * and its sentences and paragraphs. All spans held here are in normalised coordinates; `orig()`
 * maps them back to the original text for output.
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
}

/** Build the document for a text. */
export function createDoc(text: string): Doc {
  const n = normalize(text);
  const norm = n.norm;
  const paragraphs: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(norm); m; m = re.exec(norm)) if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return { text, norm, n, sentences: splitSentences(norm), paragraphs };
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

/** The index of the sentence holding normalised offset `at` (binary search), or -1. */
export function sentenceAt(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
