import { summarize } from '../index.js';

/**
 * One unit of batch work. NDJSON lines travel raw (parsing happens where the summarising happens,
 * so a worker does the JSON.parse too); text files travel decoded. Both are plain data so they
 * cross a worker boundary unchanged.
 */
export type Job =
  | { kind: 'ndjson'; line: string; where: string }
  | { kind: 'text'; source: string; text: string }
  | { kind: 'error'; source: string | number; code: ErrorCode; message: string };

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
  if (job.kind === 'error') return errorLine(job.source, job.code, job.message);
  if (job.kind === 'text') return summaryLine(job.source, job.text);
  let value: unknown;
  try {
    value = JSON.parse(job.line);
  } catch (e) {
    return errorLine(job.where, 'BAD_JSON', `${job.where}: not valid JSON (${(e as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return errorLine(job.where, 'NOT_OBJECT', `${job.where}: expected a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : typeof value}`);
  }
  const record = value as Record<string, unknown>;
  const id = record[fields.id];
  // The id is echoed as given when it is a string or a number; otherwise the record's position
  // stands in, so every output line can still be traced to its input line.
  const source = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : job.where;
  // Messages name the line only when there is no id: a record with an id must give the same line
  // wherever it sits in the input, or sharded runs (parallel --pipe) would differ from whole ones.
  const at = source === job.where ? `${job.where}: ` : '';
  if (!Object.hasOwn(record, fields.text)) return errorLine(source, 'NO_TEXT', `${at}no "${fields.text}" field`);
  const text = record[fields.text];
  if (typeof text !== 'string') return errorLine(source, 'TEXT_NOT_STRING', `${at}"${fields.text}" must be a string, got ${text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text}`);
  // As for files: nothing to read is an error the user should hear about, not an empty summary.
  if (text === '') return errorLine(source, 'EMPTY', `${at}empty text`);
  if (BLANK.test(text)) return errorLine(source, 'BLANK', `${at}the text holds only whitespace`);
  return summaryLine(source, text);
}

/** Whitespace and invisible format characters only (the CLI's test for a blank file). */
const BLANK = /^[\s\u200B-\u200F\u2060\uFEFF]*$/u;

function summaryLine(source: string | number, text: string): Line {
  try {
    return { line: JSON.stringify({ source, ...summarize(text) }), error: false };
  } catch (e) {
    return errorLine(source, 'INTERNAL', `summarize failed: ${(e as Error)?.message ?? String(e)}`);
  }
}

/** An error record: the failure stays on its own line, in its place in the output. */
export function errorLine(source: string | number, code: ErrorCode, message: string): Line {
  return { line: JSON.stringify({ source, error: { code, message } }), error: true };
}
