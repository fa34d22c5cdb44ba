import { summarize } from '../index.js';

/**
 * One unit of batch work. NDJSON lines travel raw (parsing happens where the summarising happens,
 * so a worker does the JSON.parse too); text files travel decoded. Both are plain data so they
 * cross a worker boundary unchanged.
 */
export type Job =
  | { kind: 'ndjson'; line: string; where: string }
  | { kind: 'text'; source: string; text: string }
  | { kind: 'error'; source: string; code: ErrorCode; message: string };

/**
 * Error codes of error records; scripts branch on them, so they are stable. The file-level codes
 * are the CLI's own (src/cli/errors.ts), so one vocabulary covers stderr messages and records.
 */
export type ErrorCode =
  | 'BAD_JSON' // the line is not valid JSON
  | 'NOT_OBJECT' // valid JSON, but not an object
  | 'NO_TEXT' // the text field is missing
  | 'TEXT_NOT_STRING' // the text field is not a string
  | 'EMPTY' // the text is empty
  | 'BLANK' // the text holds only whitespace
  | 'BAD_ENCODING' // the bytes are not valid UTF-8 (or cannot be decoded)
  | 'BINARY' // the file holds binary data
  | 'TOO_LARGE' // the record or file exceeds the byte limit
  | 'NOT_FOUND' // no such file
  | 'IS_DIRECTORY' // a directory where a file was expected
  | 'NO_PERMISSION' // the file cannot be read
  | 'READ_FAILED' // reading failed otherwise
  | 'INTERNAL'; // summarize() threw: a bug, reported on the record's line

/** Every error code, for checking codes that arrive from elsewhere (the CLI's input errors). */
export const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_JSON', 'NOT_OBJECT', 'NO_TEXT', 'TEXT_NOT_STRING', 'EMPTY', 'BLANK', 'BAD_ENCODING', 'BINARY',
  'TOO_LARGE', 'NOT_FOUND', 'IS_DIRECTORY', 'NO_PERMISSION', 'READ_FAILED', 'INTERNAL',
]);

/** Which NDJSON fields hold the record's id and its text. */
export interface Fields {
  id: string;
  text: string;
}

export const DEFAULT_FIELDS: Fields = { id: 'id', text: 'text' };

/** The output line of a job (no trailing newline) and whether it is an error record. */
export interface Line {
  line: string;
  error: boolean;
}

/**
 * Summarise one job into one compact JSON line: `{"source":…, …summary}` or
 * `{"source":…, "error":{"code":…, "message":…}}`. Pure: the same job gives the same line in any
 * thread, which is what makes `--jobs N` output identical to `--jobs 1`.
 */
export function processJob(job: Job, fields: Fields = DEFAULT_FIELDS): Line {
  const record = readJob(job, fields);
  return 'text' in record ? summaryLine(record.source, record.text) : errorLine(record.source, record.code, record.message);
}

/**
 * A job's source and article text, or why it has none (an NDJSON line that is not valid JSON,
 * not an object, or lacks a text). The CLI reads NDJSON records through this for table, brief
 * and JSON output, so they are checked exactly as in batches.
 */
export function readJob(job: Job, fields: Fields = DEFAULT_FIELDS): { source: string; text: string } | { source: string; code: ErrorCode; message: string } {
  if (job.kind === 'error') return { source: job.source, code: job.code, message: job.message };
  if (job.kind === 'text') return { source: job.source, text: job.text };
  let value: unknown;
  try {
    value = JSON.parse(job.line);
  } catch (e) {
    return { source: job.where, code: 'BAD_JSON', message: `${job.where}: not valid JSON (${(e as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { source: job.where, code: 'NOT_OBJECT', message: `${job.where}: expected a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : typeof value}` };
  }
  const record = value as Record<string, unknown>;
  const id = record[fields.id];
  // The id is echoed as a string (the schema's type for "source"): a number id 7 becomes "7".
  // Without a usable id the record's position stands in, so every output line can still be
  // traced to its input line.
  const source = typeof id === 'string' ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : job.where;
  // Messages name the line only when there is no id: a record with an id must give the same line
  // wherever it sits in the input, or sharded runs (parallel --pipe) would differ from whole ones.
  const at = source === job.where ? `${job.where}: ` : '';
  const fail = (code: ErrorCode, message: string) => ({ source, code, message: at + message });
  if (!Object.hasOwn(record, fields.text)) return fail('NO_TEXT', `no "${fields.text}" field`);
  const text = record[fields.text];
  if (typeof text !== 'string') return fail('TEXT_NOT_STRING', `"${fields.text}" must be a string, got ${text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text}`);
  // As for files: nothing to read is an error the user should hear about, not an empty summary.
  if (text === '') return fail('EMPTY', 'empty text');
  if (BLANK.test(text)) return fail('BLANK', 'the text holds only whitespace');
  return { source, text };
}

/** Whitespace and invisible format characters only (the CLI's test for a blank file). */
const BLANK = /^[\s\u200B-\u200F\u2060\uFEFF]*$/u;

function summaryLine(source: string, text: string): Line {
  try {
    return { line: JSON.stringify({ source, ...summarize(text) }), error: false };
  } catch (e) {
    return errorLine(source, 'INTERNAL', `summarize failed: ${(e as Error)?.message ?? String(e)}`);
  }
}

/** An error record: the failure stays on its own line, in its place in the output. */
export function errorLine(source: string, code: ErrorCode, message: string): Line {
  return { line: JSON.stringify({ source, error: { code, message } }), error: true };
}
