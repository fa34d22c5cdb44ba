import type { Chalk } from 'chalk';
import { splitSentences } from '../segment/sentences.js';
import type { Span } from '../types.js';
import { sanitizeForTerminal } from './sanitize.js';

/**
 * An item's sentence with its evidence marked, so a reader can check the item against the
 * article in seconds. Used by `--context` and meant for any view that explains an item.
 */

/** Brackets around the evidence when there is no colour (piped output): rare in news text. */
export const MARK_OPEN = '⟦';
export const MARK_CLOSE = '⟧';

let cachedText: string | null = null;
let cachedSentences: Span[] = [];

/** The sentences of an article (cached for the last text, as every item of it asks). */
export function sentencesOf(text: string): Span[] {
  if (text !== cachedText) {
    cachedText = text;
    cachedSentences = splitSentences(text);
  }
  return cachedSentences;
}

/**
 * The sentence that holds a span, or the run of sentences from the one where it starts to the
 * one where it ends (a quotation can run over several). Offsets are into `text`.
 */
export function sentenceAround(text: string, span: Span): Span {
  const sentences = sentencesOf(text);
  let start = Math.max(0, Math.min(span.start, text.length));
  let end = Math.max(start, Math.min(span.end, text.length));
  for (const s of sentences) {
    if (s.end <= span.start) continue;
    if (s.start >= Math.max(span.end, span.start + 1)) break;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

export interface MarkOptions {
  /** Colour the evidence (bold, underlined, yellow) instead of bracketing it. */
  chalk?: InstanceType<typeof Chalk> | null;
  /** Applied to each plain piece before it is joined (default: made safe for a terminal). */
  prepare?: (text: string) => string;
}

/**
 * The sentence around `span` on one line, with `text.slice(span.start, span.end)` marked:
 * coloured when a chalk instance is given, else between ⟦ and ⟧. Line breaks, controls and
 * escape sequences of the article are neutralised (see sanitizeForTerminal).
 */
export function markedSentence(text: string, span: Span, options: MarkOptions = {}): string {
  const prepare = options.prepare ?? sanitizeForTerminal;
  const around = sentenceAround(text, span);
  const start = Math.max(around.start, Math.min(span.start, around.end));
  const end = Math.max(start, Math.min(span.end, around.end));
  const before = prepare(text.slice(around.start, start));
  const evidence = prepare(text.slice(start, end));
  const after = prepare(text.slice(end, around.end));
  const c = options.chalk;
  // Coloured word by word, so that each line of a wrapped sentence carries its own colour codes.
  const marked = c ? evidence.replace(/\S+/gu, (word) => c.bold.underline.yellow(word)) : MARK_OPEN + evidence + MARK_CLOSE;
  return before + marked + after;
}
