import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { encodingForLabel, type EncodingChoice } from './decode.js';
import { addBatchOptions, readBatchOptions, type BatchCliOptions } from './batch-options.js';

/** Output formats; `table`, `brief` and `explain` (each item with its rule trail and sentence) are for people, `json` and `ndjson` for programs, `events` (TSV) and `events-csv` for event-data tools. */
export const FORMATS = ['table', 'brief', 'explain', 'json', 'ndjson', 'events', 'events-csv'] as const;
/** When to colour: `auto` on a terminal only (NO_COLOR and FORCE_COLOR are heeded). */
export const COLOR_WHEN = ['auto', 'always', 'never'] as const;
export type ColorWhen = (typeof COLOR_WHEN)[number];
export type Format = (typeof FORMATS)[number];
export type Lang = 'ar' | 'en';

/** 50 MB: far above any news article, low enough that a wrong file is refused quickly. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Everything the command line asks for, already checked. */
export interface CliOptions {
  /** Undefined when not given: run() then picks table on a terminal, JSON otherwise. */
  format: Format | undefined;
  compact: boolean;
  lang: Lang;
  /** False with --no-color (or --color=never); colour is still only used on a terminal. */
  color: boolean;
  /** --color=auto|always|never (--color alone is always, --no-color never). */
  colorWhen: ColorWhen;
  /** --context: each item of the brief followed by its sentence, the evidence marked. */
  context: boolean;
  /** --visual: Arabic in visual order with shaped letters, for terminals without bidi. */
  visual: boolean;
  quiet: boolean;
  encoding: EncodingChoice;
  maxBytes: number;
  /** --input, --id-field, --text-field, --jobs (src/cli/batch-options.ts). */
  batch: BatchCliOptions;
  /** --date: the reference day (YYYY-MM-DD) for أمس، اليوم، الثلاثاء…; undefined when not given. */
  date?: string;
  /** --date-field: the NDJSON field holding each record's reference day. */
  dateField?: string;
}

/** What the command line asks run() to do. */
export type Parsed =
  | { command: 'summarize'; files: string[]; options: CliOptions }
  | { command: 'schema'; options: CliOptions; events?: boolean }
  /** Help or version was printed (text), or the line was bad (error): nothing else to do. */
  | { command: 'done'; text: string; exitCode: number };

const EXAMPLES = `
Examples:
  khulasa article.txt                       the brief, then the tables, of one article
  khulasa --format brief article.txt        only the brief: one screen
  khulasa --format brief --context a.txt    each item with its sentence, the evidence marked
  khulasa --explain article.txt             each item with the rules that made it, and its sentence
  khulasa --lang ar article.txt             the same, headings in Arabic
  khulasa --visual article.txt              for terminals without bidi (xterm, tmux, kitty)
  curl -s https://example.com/a.txt | khulasa --json
                                            summarise what arrives on stdin
  khulasa --json article.txt | jq '.positions[] | {holder, statement}'
                                            who said what, with jq
  khulasa a.txt b.txt --json > out.json     several files: a JSON array, each with "source"
  khulasa --encoding cp1256 old.txt         a legacy Arabic code-page file (any WHATWG label)
  curl -s https://example.com/news.html | khulasa --json
                                            a web page: its article is extracted, then summarised
  khulasa --format events --date 2019-03-12 a.txt
                                            CAMEO-coded meeting events as TSV (events-csv for CSV)
  khulasa schema                            the JSON Schema of the output
  khulasa schema --events                   the TSV header of --format events

Exit codes: 0 ok, 1 some input could not be read, 2 usage error, 3 internal error, 130 interrupted.
`;

/** The version in package.json (two levels up from both src/cli and dist/cli). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** "50MB", "512k", "1000" → bytes; the suffixes are binary (1k = 1024). */
export function parseByteSize(value: string): number {
  const m = /^\s*(\d+)\s*([kmg]?)i?b?\s*$/i.exec(value);
  if (!m) throw new InvalidArgumentError('expected a size such as 1000000, 512k or 50MB');
  const n = Number(m[1]) * 1024 ** ['', 'k', 'm', 'g'].indexOf(m[2].toLowerCase());
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive size');
  return n;
}

/** --date: a real calendar day written YYYY-MM-DD. */
export function parseDate(value: string): string {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(value);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !day || day.getUTCMonth() !== Number(m[2]) - 1 || day.getUTCDate() !== Number(m[3])) throw new InvalidArgumentError('expected a date written YYYY-MM-DD, e.g. 2019-03-12');
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** An --encoding label → the encoding it names (cp1256 → windows-1256, arabic → iso-8859-6). */
export function parseEncoding(value: string): EncodingChoice {
  const encoding = encodingForLabel(value);
  if (encoding === null) throw new InvalidArgumentError('expected auto or an encoding label such as utf8, utf16le, windows-1256, cp1256 or iso-8859-6');
  return encoding;
}

/**
 * The commander program. Exported so extensions (batch options) can add options before parsing;
 * parseArgs() builds a fresh one per call so tests never share state.
 */
export function buildProgram(): Command {
  const program = new Command('khulasa')
    .description('Summarise Arabic news articles: who met whom, where and when, who said what, which resolutions were cited.')
    .argument('[file...]', 'articles to read (text files, or directories of .txt files); stdin when none is given or for -')
    .addOption(new Option('--format <format>', 'output format: brief (one screen), table (the brief, then tables), json or ndjson; events or events-csv (CAMEO event rows) (default: table on a terminal, json otherwise)').choices(FORMATS))
    .option('--json', 'shorthand for --format json')
    .option('--explain', 'shorthand for --format explain: each item with the rules that made it and its sentence, the evidence marked')
    .option('--compact', 'one-line JSON')
    .addOption(new Option('--lang <lang>', 'language of table headings and labels').choices(['ar', 'en']).default('en'))
    .addOption(new Option('--color [when]', 'colours: auto (on a terminal, the default), always or never').choices(COLOR_WHEN))
    .option('--no-color', 'no colours (also: NO_COLOR=1); the same as --color=never')
    .option('--context', 'brief and table: follow each item by its sentence, the evidence marked')
    .option('--visual', 'brief and table: write Arabic in visual order with shaped letters, for terminals without bidi support')
    .option('-q, --quiet', 'do not print warnings (errors are still printed)')
    .addOption(new Option('--encoding <encoding>', 'input encoding: auto, utf8, utf16le, utf16be, windows-1256, or any WHATWG label (cp1256, arabic, iso-8859-6, utf-16le…)').argParser(parseEncoding).default('auto'))
    .addOption(new Option('--date <YYYY-MM-DD>', 'reference day for relative dates (أمس، اليوم، الثلاثاء الماضي); default: the page\'s publication date or the article\'s dateline').argParser(parseDate))
    .addOption(new Option('--date-field <name>', 'NDJSON field with each record\'s reference day (YYYY-MM-DD or an ISO time)').argParser((v: string) => {
      if (v === '') throw new InvalidArgumentError('expected a field name');
      return v;
    }))
    .addOption(new Option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 10MB)').argParser(parseByteSize).default(DEFAULT_MAX_BYTES, '50MB'))
    .version(`khulasa ${version()}`, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);
  addBatchOptions(program);
  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .option('--events', 'print the header line of --format events (the TSV columns) instead')
    .helpOption('-h, --help', 'show this help');
  return program;
}

/** Parse argv (without node and script) into what to do. Never exits the process, never prints. */
export function parseArgs(argv: readonly string[]): Parsed {
  const program = buildProgram();
  let out = '';
  const capture = (cmd: Command) =>
    cmd.exitOverride().configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (out += s), outputError: (s, write) => write(s) });
  capture(program);
  for (const sub of program.commands) capture(sub);
  const chosen: { command: 'summarize' | 'schema'; files: string[]; events?: boolean } = { command: 'summarize', files: [] };
  program.action((files: string[]) => {
    chosen.files = files;
  });
  program.commands[0].action((opts: { events?: boolean }) => {
    chosen.command = 'schema';
    chosen.events = Boolean(opts.events);
  });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
      if (ok) return { command: 'done', text: out, exitCode: 0 };
      // One line: "khulasa: unknown option '--bogus' (Did you mean --lang?); see khulasa --help".
      const message = out.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim().replace(/\.$/, '');
      return { command: 'done', text: `khulasa: ${message}; see khulasa --help\n`, exitCode: 2 };
    }
    throw err;
  }
  const o = program.opts<{ format?: Format; json?: boolean; explain?: boolean; compact?: boolean; lang: Lang; color: boolean | ColorWhen; context?: boolean; visual?: boolean; quiet?: boolean; encoding: EncodingChoice; maxBytes: number; date?: string; dateField?: string }>();
  if (o.json && o.format && o.format !== 'json') {
    return { command: 'done', text: `khulasa: --json conflicts with --format ${o.format}; see khulasa --help\n`, exitCode: 2 };
  }
  if (o.explain && ((o.format && o.format !== 'explain') || o.json)) {
    return { command: 'done', text: `khulasa: --explain conflicts with --format ${o.json ? 'json' : o.format}; see khulasa --help\n`, exitCode: 2 };
  }
  if (o.explain) o.format = 'explain';
  const misuse = checkCombinations(program, o.json ? 'json' : o.format);
  if (misuse) return { command: 'done', text: `khulasa: ${misuse}; see khulasa --help\n`, exitCode: 2 };
  const colorWhen: ColorWhen = o.color === false ? 'never' : o.color === true ? 'always' : (o.color ?? 'auto');
  const options: CliOptions = {
    format: o.json ? 'json' : o.format,
    compact: Boolean(o.compact),
    lang: o.lang,
    color: colorWhen !== 'never',
    colorWhen,
    context: Boolean(o.context),
    visual: Boolean(o.visual),
    quiet: Boolean(o.quiet),
    encoding: o.encoding,
    maxBytes: o.maxBytes,
    batch: readBatchOptions(program.opts()),
    ...(o.date ? { date: o.date } : {}),
    ...(o.dateField ? { dateField: o.dateField } : {}),
  };
  return chosen.command === 'schema' ? { command: 'schema', options, events: chosen.events } : { command: 'summarize', files: chosen.files, options };
}

/**
 * Options that would otherwise be silently ignored: batch fields without NDJSON input, worker
 * threads for output that is not NDJSON, context and visual order for JSON. Returns the problem,
 * or null when the line makes sense.
 */
function checkCombinations(program: Command, format: Format | undefined): string | null {
  const given = (name: string): boolean => program.getOptionValueSource(name) === 'cli';
  const input = program.opts<{ input?: string }>().input;
  for (const [name, flag] of [['idField', '--id-field'], ['textField', '--text-field']] as const) {
    if (given(name) && input !== 'ndjson') return `${flag} applies to --input ndjson`;
  }
  const effective = format ?? (input === 'ndjson' ? 'ndjson' : undefined);
  // Event rows from NDJSON records stream through the batch workers too.
  const eventBatch = input === 'ndjson' && (effective === 'events' || effective === 'events-csv');
  if (given('jobs') && effective !== 'ndjson' && !eventBatch) return '--jobs applies to --format ndjson (and --input ndjson, which writes it by default)';
  for (const [name, flag] of [['context', '--context'], ['visual', '--visual']] as const) {
    if (given(name) && (format === 'json' || format === 'ndjson' || (format === undefined && input === 'ndjson'))) return `${flag} applies to --format brief and table, not ${format ?? 'ndjson'}`;
  }
  return null;
}
