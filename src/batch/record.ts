/**
 * The records of a batch: jobs in, lines out, error codes. Apart from job.ts (which summarises)
 * so that the main thread of a pooled batch reads input and writes output without loading the
 * pipeline: only the workers, and a run in one thread, import job.ts.
 */

/**
 * One unit of batch work. NDJSON lines travel as their UTF-8 bytes (already checked to be valid):
 * decoding and parsing happen where the summarising happens, so in a pooled batch a worker does
 * them and the main thread never holds the text. Text files travel decoded. All are plain data,
 * so they cross a worker boundary unchanged.
 */
export type Job =
  | { kind: 'ndjson'; bytes: Uint8Array; where: string }
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
  | 'HTML_REFUSED' // a web page beyond the limits (too many elements)
  | 'INTERNAL'; // summarize() threw: a bug, reported on the record's line

/** Every error code, for checking codes that arrive from elsewhere (the CLI's input errors). */
export const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_JSON', 'NOT_OBJECT', 'NO_TEXT', 'TEXT_NOT_STRING', 'EMPTY', 'BLANK', 'BAD_ENCODING', 'BINARY',
  'TOO_LARGE', 'NOT_FOUND', 'IS_DIRECTORY', 'NO_PERMISSION', 'READ_FAILED', 'HTML_REFUSED', 'INTERNAL',
]);

/** Which NDJSON fields hold the record's id and its text. */
export interface Fields {
  id: string;
  text: string;
}

export const DEFAULT_FIELDS: Fields = { id: 'id', text: 'text' };

/** What a batch writes and which day dates are read against; plain data, so it crosses to workers. */
export interface JobOptions extends Fields {
  /** NDJSON field with each record's reference day (--date-field). */
  date?: string;
  /** The reference day for every input (--date); wins over a record's own. */
  referenceDate?: string;
  /** ndjson (default): one JSON summary per line; events, events-csv: CAMEO event rows. */
  output?: 'ndjson' | 'events' | 'events-csv';
}

/**
 * The output line of a job (no trailing newline) and whether it is an error record, and whether
 * that error is khulasa's own (INTERNAL). For event output a job gives any number of rows
 * (possibly none: an empty line is not written) and an error goes to stderr as `message`, not
 * into the rows.
 */
export interface Line {
  line: string;
  error: boolean;
  internal?: boolean;
  message?: string;
  /** The line already ends as it should (event rows, newline included): written as is. */
  raw?: boolean;
}

/** What a line of Lines is: a summary, an error record, or an error record of khulasa's own failure. */
export const RECORD = 0;
export const ERROR = 1;
export const INTERNAL = 2;

/**
 * The output of consecutive jobs, one entry per job: their lines, each ending in a newline, as
 * text (made in this thread) or as UTF-8 bytes (sent by a worker, written as they are), a flag
 * per job, and the messages for stderr of event output (where an error has no line).
 */
export interface Lines {
  text: string | Uint8Array;
  flags: Uint8Array;
  messages?: (string | null)[];
}

/** Lines of processJob's results. */
export function linesOf(lines: readonly Line[]): Lines {
  let text = '';
  const flags = new Uint8Array(lines.length);
  let messages: (string | null)[] | undefined;
  lines.forEach((l, i) => {
    text += l.raw ? l.line : l.line + '\n';
    flags[i] = flagOf(l);
    if (l.message !== undefined) (messages ??= lines.map(() => null))[i] = l.message;
  });
  return messages ? { text, flags, messages } : { text, flags };
}

/** The flag of one line. */
export function flagOf(line: Line): number {
  return line.internal ? INTERNAL : line.error ? ERROR : RECORD;
}

/** An error record: the failure stays on its own line, in its place in the output. */
export function errorLine(source: string, code: ErrorCode, message: string, options?: JobOptions): Line {
  const internal = code === 'INTERNAL';
  // Event rows have no place for an error record: it goes to stderr (batch.ts) instead.
  if (options?.output === 'events' || options?.output === 'events-csv') return { line: '', error: true, internal, raw: true, message: internal ? `${source}: ${message}` : message };
  return { line: JSON.stringify({ source, error: { code, message } }), error: true, internal };
}
