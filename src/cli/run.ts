import { SUMMARY_SCHEMA } from '../schema.js';
import type { Summary } from '../types.js';
import type { CliOptions } from './args.js';
import { quickArgs } from './quick-args.js';
import { describeError } from './errors.js';
import { ExitCode, worst } from './exit-codes.js';
import { readInputs, type InputRecord } from './input.js';
import { isBrokenPipe, processIo, type Io } from './io.js';
import { createSink } from './output.js';
import { expandDirectories } from '../batch/walk.js';
import { isHtmlName, looksLikeHtml } from '../html/detect.js';

export type { Io } from './io.js';
export { stdoutIsFile } from './io.js';
export { ExitCode } from './exit-codes.js';

/**
 * Colour only on a terminal, never with --no-color or NO_COLOR; FORCE_COLOR forces it on.
 * --color=always and --color=never say it outright, over the environment.
 */
export function useColor(options: Pick<CliOptions, 'color'> & Partial<Pick<CliOptions, 'colorWhen'>>, io: Pick<Io, 'stdout' | 'env'>): boolean {
  if (!options.color || options.colorWhen === 'never') return false;
  if (options.colorWhen === 'always') return true;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return Boolean(io.stdout.isTTY);
}

/** Remarks about the input that the CLI adds to the summary's own warnings. */
export function inputWarnings(text: string): string[] {
  // Tags are read as text (offsets must stay true to the input), so say so rather than strip them.
  return /<(?:html|body|head|div|p|span|article|script|br)\b[^>]*>/i.test(text) ? ['input looks like HTML; tags are read as text'] : [];
}

/** Control characters other than newline, and bidi overrides: a file name may hold them too. */
const UNSAFE_IN_MESSAGES = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** stderr writes must never fail a run (stderr may be a closed pipe too), nor carry escapes. */
/** A file name on one line: a newline in it cannot start a second, fake message on stderr. */
function oneLine(name: string): string {
  return name.replace(/[\r\n\u2028\u2029]/g, '\uFFFD');
}

async function say(io: Io, line: string): Promise<void> {
  await io.stderr.write(line.replace(UNSAFE_IN_MESSAGES, '\uFFFD')).catch(() => undefined);
}

/** Words taken for a command that khulasa does not have; a missing file by that name says so. */
const COMMAND_LIKE: Record<string, string> = { help: 'khulasa --help', version: 'khulasa --version', scheme: 'khulasa schema', schemas: 'khulasa schema', shema: 'khulasa schema' };

/** " (did you mean khulasa --help?)" when a missing "file" is a word like a command. */
export function commandHint(error: unknown): string {
  const e = error as { code?: string; source?: string } | null;
  if (e?.code !== 'NOT_FOUND' || typeof e.source !== 'string') return '';
  const hint = COMMAND_LIKE[e.source.toLowerCase()];
  return hint ? ` (did you mean ${hint}?)` : '';
}

/**
 * The khulasa command: parse argv, read each input, summarise it and print it, one input at a
 * time. Returns the exit code (see exit-codes.ts); never calls process.exit, so tests run it
 * in-process with a fake Io.
 *
 * Extension points: `records` (where inputs come from: files and stdin today; NDJSON records or
 * directory walks can produce the same InputRecord sequence) and createSink (how each summary is
 * printed).
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code: ExitCode = ExitCode.OK;
  try {
    // the usual lines are read without commander, which is loaded only for the others
    const parsed = quickArgs(argv) ?? (await import('./args.js')).parseArgs(argv);
    if (parsed.command === 'done') {
      await (parsed.exitCode === 0 ? io.stdout.write(parsed.text) : say(io, parsed.text));
      return parsed.exitCode;
    }
    const { options } = parsed;
    if (parsed.command === 'schema') {
      if (parsed.events) {
        await io.stdout.write((await import('../events/index.js')).eventHeader('tsv'));
        return ExitCode.OK;
      }
      await io.stdout.write(JSON.stringify(SUMMARY_SCHEMA, null, options.compact ? undefined : 2) + '\n');
      return ExitCode.OK;
    }
    if (parsed.files.length === 0 && io.stdin.isTTY) {
      await say(io, 'khulasa: no input: name a file, or pipe an article in (cat article.txt | khulasa); see khulasa --help\n');
      return ExitCode.USAGE;
    }
    // --context and --visual only mean something to people: they ask for the table when no format is named.
    const forPeople = options.context || options.visual;
    const format = options.format ?? (options.batch.input === 'ndjson' ? 'ndjson' : io.stdout.isTTY || forPeople ? 'table' : 'json');
    const events = format === 'events' || format === 'events-csv';
    if (options.dateField && options.batch.input !== 'ndjson') {
      await say(io, 'khulasa: --date-field reads NDJSON records; add --input ndjson; see khulasa --help\n');
      return ExitCode.USAGE;
    }
    // Batches (src/batch): error records, --jobs workers. Imported here only, so that one article
    // in table or JSON form never loads them. Events from NDJSON records stream through them too.
    if (format === 'ndjson' || (events && options.batch.input === 'ndjson')) {
      return await (await import('./batch-command.js')).runBatchCommand(parsed.files, { ...options, format }, io);
    }
    // The pipeline (lexicons and rules) is loaded only now: --help, --version and schema skip it.
    const { summarize } = await import('../index.js');
    // A directory stands for the .txt files under it, in sorted order.
    const { files, directories } = await expandDirectories(parsed.files);
    const sink = await createSink(
      {
        format,
        compact: options.compact,
        lang: options.lang,
        color: (format === 'table' || format === 'brief') && useColor(options, io),
        multi: files.length > 1 || directories > 0 || options.batch.input === 'ndjson',
        context: options.context,
        visual: options.visual,
      },
      io,
    );
    if (files.length === 0 && parsed.files.length > 0) {
      // Only directories were named and they hold no article: say so rather than read stdin.
      await say(io, `khulasa: no .txt or .html files in ${parsed.files.map(oneLine).join(', ')}\n`);
      code = ExitCode.INPUT;
    }
    const records: AsyncIterable<InputRecord> =
      options.batch.input === 'ndjson'
        ? (await import('./records.js')).ndjsonRecords(parsed.files, options, io)
        : readInputs(parsed.files.length === 0 ? ['-'] : files, options, io);
    for await (const record of records) {
      if (io.signal?.aborted) break;
      if ('error' in record) {
        await say(io, describeError(record.error, io.env).replace(/\n$/, commandHint(record.error) + '\n'));
        code = worst(code, ExitCode.INPUT);
        continue;
      }
      let summary: Summary;
      const text = record.text;
      const reference = options.date
        ? { referenceDate: options.date, referenceSource: 'option' as const }
        : record.date
          ? { referenceDate: record.date, referenceSource: 'record' as const }
          : {};
      // A web page (by its name or its content) is read for its article; the HTML library is loaded only then.
      const page = isHtmlName(record.source) || looksLikeHtml(text);
      try {
        if (page) {
          const { summarizeHtml } = await import('../html/index.js');
          summary = io.blocking ? io.blocking(() => summarizeHtml(text, reference)) : summarizeHtml(text, reference);
        } else {
          summary = io.blocking ? io.blocking(() => summarize(text, reference)) : summarize(text, reference);
          summary.warnings = [...summary.warnings, ...inputWarnings(record.text)];
        }
      } catch (err) {
        if ((err as Error | null)?.name === 'HtmlRefused') {
          // A hostile or oversized page: one line, like any unreadable input.
          await say(io, `khulasa: ${oneLine(record.source)}: ${(err as Error).message}\n`);
          code = worst(code, ExitCode.INPUT);
          continue;
        }
        await say(io, `khulasa: ${oneLine(record.source)}: ` + describeError(err, io.env).replace(/^khulasa: /, ''));
        code = worst(code, ExitCode.INTERNAL);
        continue;
      }
      if (!options.quiet) for (const w of summary.warnings) await say(io, `khulasa: warning: ${oneLine(record.source)}: ${w}\n`);
      await sink.write(record.source, summary, summary.document?.text ?? text);
    }
    if (io.signal?.aborted) {
      await say(io, 'khulasa: interrupted\n');
      return ExitCode.INTERRUPTED;
    }
    await sink.end();
    return code;
  } catch (err) {
    // The reader went away (`khulasa … | head -1`): not an error, and nothing more to say.
    if (isBrokenPipe(err)) return code;
    await say(io, describeError(err, io.env));
    return ExitCode.INTERNAL;
  }
}
