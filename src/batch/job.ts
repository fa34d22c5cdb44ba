import { summarize } from '../index.js';
import { isHtmlName, looksLikeHtml } from '../html/detect.js';
import { eventLines, eventRows } from '../events/index.js';
import type { Summary } from '../types.js';
import { DEFAULT_FIELDS, errorLine, type ErrorCode, type Fields, type Job, type JobOptions, type Line } from './record.js';

export { DEFAULT_FIELDS, ERROR_CODES, errorLine, type ErrorCode, type Fields, type Job, type JobOptions, type Line } from './record.js';

type HtmlModule = typeof import('../html/index.js');
/** The web-page extractor, loaded once by loadHtmlFor when some job may be a web page. */
let html: HtmlModule | null = null;

/** A cheap look at a raw NDJSON line: does its text field perhaps hold HTML? */
const HTML_IN_JSON = /<(?:!doctype|html|body|div|p|article|section)\b/i;

function mayBeHtml(job: Job): boolean {
  if (job.kind === 'text') return isHtmlName(job.source) || looksLikeHtml(job.text);
  // The tags looked for are ASCII: the bytes read as Latin-1 (one byte, one character) will do.
  return job.kind === 'ndjson' && HTML_IN_JSON.test(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength).toString('latin1'));
}

/**
 * Load the HTML extractor when one of these jobs may be a web page. Call before processJob on
 * them (processJob is synchronous); a batch of plain text never loads it.
 */
export async function loadHtmlFor(jobs: readonly Job[]): Promise<void> {
  if (html || !jobs.some(mayBeHtml)) return;
  html = await import('../html/index.js');
}

/** YYYY-MM-DD of a record's date field (a day, or an ISO time whose day is taken as written). */
function recordDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/**
 * Summarise one job into one compact JSON line: `{"source":…, …summary}` or
 * `{"source":…, "error":{"code":…, "message":…}}` (with `output: 'events'`, its event rows). Pure:
 * the same job gives the same line in any thread, which is what makes `--jobs N` output
 * identical to `--jobs 1`.
 */
export function processJob(job: Job, fields: JobOptions = DEFAULT_FIELDS): Line {
  const record = readJob(job, fields);
  return 'text' in record
    ? summaryLine(record.source, record.text, fields, job.kind === 'text' && isHtmlName(job.source), record.date)
    : errorLine(record.source, record.code, record.message, fields);
}

/**
 * A job's source and article text (and, with `fields.date`, the record's reference day), or why it
 * has none (an NDJSON line that is not valid JSON, not an object, or lacks a text). The CLI reads
 * NDJSON records through this for table, brief and JSON output, so they are checked exactly as in batches.
 */
export function readJob(
  job: Job,
  fields: Fields & { date?: string } = DEFAULT_FIELDS,
): { source: string; text: string; date?: string } | { source: string; code: ErrorCode; message: string } {
  if (job.kind === 'error') return { source: job.source, code: job.code, message: job.message };
  if (job.kind === 'text') return { source: job.source, text: job.text };
  let value: unknown;
  try {
    value = JSON.parse(UTF8.decode(job.bytes));
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
  const date = fields.date ? recordDay(record[fields.date]) : undefined;
  return date ? { source, text, date } : { source, text };
}

/** The lines' bytes are valid UTF-8 (splitLines checked); a BOM in them is data and stays. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Whitespace and invisible format characters only (the CLI's test for a blank file). */
const BLANK = /^[\s\u200B-\u200F\u2060\uFEFF]*$/u;

function summaryLine(source: string, text: string, options: JobOptions, htmlName: boolean, recordDate?: string): Line {
  try {
    const reference = options.referenceDate
      ? { referenceDate: options.referenceDate, referenceSource: 'option' as const }
      : recordDate
        ? { referenceDate: recordDate, referenceSource: 'record' as const }
        : {};
    // A web page when the extractor was loaded for it (loadHtmlFor); otherwise read as text.
    const page = html !== null && (htmlName || looksLikeHtml(text));
    const summary: Summary = page && html ? html.summarizeHtml(text, reference) : summarize(text, reference);
    if (options.output === 'events' || options.output === 'events-csv') {
      const rows = eventLines(eventRows(summary, summary.document?.text ?? text, source), options.output === 'events' ? 'tsv' : 'csv');
      return { line: rows, error: false, raw: true };
    }
    return { line: JSON.stringify({ source, ...summary }), error: false };
  } catch (e) {
    if ((e as Error | null)?.name === 'HtmlRefused') return errorLine(source, 'HTML_REFUSED', `${source}: ${(e as Error).message}`, options);
    return errorLine(source, 'INTERNAL', `summarize failed: ${(e as Error)?.message ?? String(e)}`, options);
  }
}
