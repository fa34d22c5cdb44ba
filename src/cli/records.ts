import { jobsFrom } from '../batch/sources.js';
import { readJob } from '../batch/job.js';
import type { CliOptions } from './args.js';
import { InputError, type InputErrorCode } from './errors.js';
import type { InputRecord } from './input.js';
import type { Io } from './io.js';

const FILE_CODES: ReadonlySet<string> = new Set<InputErrorCode>(['NOT_FOUND', 'IS_DIRECTORY', 'NO_PERMISSION', 'READ_FAILED', 'TOO_LARGE', 'EMPTY', 'BLANK', 'BINARY', 'BAD_ENCODING']);

/**
 * NDJSON records as input records, for `--input ndjson` with table, brief or JSON output: each
 * record is checked as in a batch (src/batch/job.ts), and one without a usable text becomes an
 * input error, reported on stderr like a bad file. Records are summarised in this thread, in
 * order; `--format ndjson` is the mode for throughput (worker threads).
 */
export async function* ndjsonRecords(files: readonly string[], options: CliOptions, io: Io): AsyncGenerator<InputRecord> {
  const fields = { id: options.batch.idField, text: options.batch.textField, ...(options.dateField ? { date: options.dateField } : {}) };
  for await (const job of jobsFrom(files, { input: 'ndjson', maxBytes: options.maxBytes, stdin: io.stdin })) {
    const record = readJob(job, fields);
    if ('text' in record) {
      yield { source: record.source, text: record.text, encoding: 'utf8', ...(record.date ? { date: record.date } : {}) };
      continue;
    }
    const prefix = `${record.source}: `;
    const problem = record.message.startsWith(prefix) ? record.message.slice(prefix.length) : record.message;
    const code = FILE_CODES.has(record.code) ? (record.code as InputErrorCode) : 'BAD_RECORD';
    yield { source: record.source, error: new InputError(code, record.source, problem) };
  }
}
