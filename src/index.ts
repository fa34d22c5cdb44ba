import { runPipeline } from './pipeline.js';
import type { SummarizeOptions, Summary } from './types.js';

export type * from './types.js';

/** Summarise one Arabic news article: participants, meetings, positions and resolutions. */
export function summarize(text: string, options: SummarizeOptions = {}): Summary {
  return runPipeline(text.replace(/^\uFEFF/, ''), options);
}

/** The JSON Schema (2020-12) of summarize()'s output: the shared contract plus khulasa's fields. */
export { SUMMARY_SCHEMA } from './schema.js';
