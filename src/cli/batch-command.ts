import type { CliOptions } from './args.js';
import { ExitCode } from './exit-codes.js';
import { readInputs } from './input.js';
import type { Io } from './io.js';
import { runBatch } from '../batch/batch.js';
import type { ErrorCode } from '../batch/record.js';
import { startProgress } from '../batch/progress.js';
import { jobsFrom, type TextRead } from '../batch/sources.js';

/** stderr writes must never fail a run (stderr may be a closed pipe too). */
async function say(io: Io, line: string): Promise<void> {
  await io.stderr.write(line).catch(() => undefined);
}

/**
 * `--format ndjson`: every input (files, directories, NDJSON records) becomes one line on stdout,
 * in input order, summarised on `--jobs` threads. Bad inputs become error records in their place
 * and are counted on stderr at the end. Loaded by run() only in this mode, so a one-article run
 * never loads it. Returns the exit code: 1 when some record was an error, 3 when khulasa failed.
 */
export async function runBatchCommand(files: readonly string[], options: CliOptions, io: Io): Promise<number> {
  const { batch } = options;
  // Text inputs go through the CLI's own reader: same encodings, limits and messages as one file.
  const readText = async (path: string): Promise<TextRead> => {
    for await (const record of readInputs([path], options, io)) {
      return 'error' in record ? { code: record.error.code as ErrorCode, message: record.error.message } : { text: record.text };
    }
    return { code: 'READ_FAILED', message: `${path}: could not be read` };
  };
  const output = options.format === 'events' || options.format === 'events-csv' ? options.format : 'ndjson';
  const progress = await startProgress(io.stderr, io.env, options.quiet);
  if (output !== 'ndjson') await io.stdout.write((await import('../events/index.js')).eventHeader(output === 'events' ? 'tsv' : 'csv'));
  // Errors have no row in event output: each is one line on stderr, in input order.
  const errors: string[] = [];
  const result = await runBatch(jobsFrom(files, { input: batch.input, maxBytes: options.maxBytes, stdin: io.stdin, readText }), io.stdout, {
    jobs: batch.jobs,
    onError: (message) => errors.push(message),
    fields: {
      id: batch.idField,
      text: batch.textField,
      output,
      ...(options.dateField ? { date: options.dateField } : {}),
      ...(options.date ? { referenceDate: options.date } : {}),
    },
    signal: io.signal,
    onProgress: (stats) => progress.update(stats),
  });
  progress.stop();
  if (result.end !== 'done') {
    // A read still waiting on stdin would keep the process (and the writer feeding it) alive.
    (io.stdin as { destroy?: () => void }).destroy?.();
  }
  // The reader went away (`… | head -1`): the normal end of a filter; nothing to say.
  if (result.end === 'closed') return ExitCode.OK;
  if (!options.quiet) for (const warning of result.warnings) await say(io, `khulasa: warning: ${warning}\n`);
  for (const message of errors) await say(io, `khulasa: ${message.replace(/[\r\n]+/g, ' ')}\n`);
  if (result.end === 'write-failed') {
    await say(io, `khulasa: cannot write the output: ${result.writeError?.message ?? 'unknown error'}\n`);
    return ExitCode.INTERNAL;
  }
  if (result.errors > 0) {
    await say(io, output === 'ndjson'
      ? `khulasa: ${result.errors.toLocaleString('en')} of ${result.records.toLocaleString('en')} records are error records (see their "error" field)\n`
      : `khulasa: ${result.errors.toLocaleString('en')} of ${result.records.toLocaleString('en')} records could not be read (above)\n`);
  }
  if (result.end === 'aborted') {
    await say(io, 'khulasa: interrupted\n');
    return ExitCode.INTERRUPTED;
  }
  return result.internal > 0 ? ExitCode.INTERNAL : result.errors > 0 ? ExitCode.INPUT : ExitCode.OK;
}

