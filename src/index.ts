import { runPipeline } from './pipeline.js';
import { applyDates } from './dates/index.js';
import type { SummarizeOptions, Summary } from './types.js';

export type * from './types.js';

/**
 * Summarise one Arabic news article: participants, meetings, positions and resolutions.
 * Throws a TypeError naming what it got when `text` is not a string (the one misuse it refuses).
 */
export function summarize(text: string, options: SummarizeOptions = {}): Summary {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    throw new TypeError(`summarize(text): text must be a string, got ${got}`);
  }
  const article = text.replace(/^\uFEFF/, '');
  // Dates are resolved after extraction, as a step of their own (src/dates).
  return applyDates(runPipeline(article, options), article, options);
}

/** The JSON Schema (2020-12) of summarize()'s output: the shared contract plus khulasa's fields. */
export { SUMMARY_SCHEMA } from './schema.js';
