import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ENCODINGS, type EncodingChoice } from './decode.js';
import { addBatchOptions, readBatchOptions, type BatchCliOptions } from '../batch/options.js';

/** Output formats; `table` is for people, `json` and `ndjson` for programs. */
export const FORMATS = ['table', 'json', 'ndjson'] as const;
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
  /** False with --no-color; colour is still only used on a terminal. */
  color: boolean;
  quiet: boolean;
  encoding: EncodingChoice;
  maxBytes: number;
  /** --input, --id-field, --text-field, --jobs (src/batch/options.ts). */
  batch: BatchCliOptions;
}

/** What the command line asks run() to do. */
export type Parsed =
  | { command: 'summarize'; files: string[]; options: CliOptions }
  | { command: 'schema'; options: CliOptions }
  /** Help or version was printed (text), or the line was bad (error): nothing else to do. */
  | { command: 'done'; text: string; exitCode: number };

const EXAMPLES = `
Examples:
  khulasa article.txt                       summary table of one article
  khulasa --lang ar article.txt             the same, headings in Arabic
  curl -s https://example.com/a.txt | khulasa --json
                                            summarise what arrives on stdin
  khulasa --json article.txt | jq '.positions[] | {holder, statement}'
                                            who said what, with jq
  khulasa a.txt b.txt --json > out.json     several files: a JSON array, each with "source"
  khulasa --encoding windows-1256 old.txt   a legacy Arabic code-page file
  khulasa schema                            the JSON Schema of the output

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

/**
 * The commander program. Exported so extensions (batch options) can add options before parsing;
 * parseArgs() builds a fresh one per call so tests never share state.
 */
export function buildProgram(): Command {
  const program = new Command('khulasa')
    .description('Summarise Arabic news articles: who met whom, where and when, who said what, which resolutions were cited.')
    .argument('[file...]', 'articles to read (text files, or directories of .txt files); stdin when none is given or for -')
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMATS))
    .option('--json', 'shorthand for --format json')
    .option('--compact', 'one-line JSON')
    .addOption(new Option('--lang <lang>', 'language of table headings and labels').choices(['ar', 'en']).default('en'))
    .option('--no-color', 'no colours (also: NO_COLOR=1); colours are only ever used on a terminal')
    .option('-q, --quiet', 'do not print warnings (errors are still printed)')
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(ENCODINGS).default('auto'))
    .addOption(new Option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 10MB)').argParser(parseByteSize).default(DEFAULT_MAX_BYTES, '50MB'))
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);
  addBatchOptions(program);
  program.command('schema').description('print the JSON Schema of the output').helpOption('-h, --help', 'show this help');
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
  const chosen: { command: 'summarize' | 'schema'; files: string[] } = { command: 'summarize', files: [] };
  program.action((files: string[]) => {
    chosen.files = files;
  });
  program.commands[0].action(() => {
    chosen.command = 'schema';
  });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
      if (ok) return { command: 'done', text: out, exitCode: 0 };
      // One line: "khulasa: unknown option '--bogus' (Did you mean --lang?); see khulasa --help".
      const message = out.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();
      return { command: 'done', text: `khulasa: ${message}; see khulasa --help\n`, exitCode: 2 };
    }
    throw err;
  }
  const o = program.opts<{ format?: Format; json?: boolean; compact?: boolean; lang: Lang; color: boolean; quiet?: boolean; encoding: EncodingChoice; maxBytes: number }>();
  if (o.json && o.format && o.format !== 'json') {
    return { command: 'done', text: `khulasa: --json conflicts with --format ${o.format}; see khulasa --help\n`, exitCode: 2 };
  }
  const options: CliOptions = {
    format: o.json ? 'json' : o.format,
    compact: Boolean(o.compact),
    lang: o.lang,
    color: o.color,
    quiet: Boolean(o.quiet),
    encoding: o.encoding,
    maxBytes: o.maxBytes,
    batch: readBatchOptions(program.opts()),
  };
  return chosen.command === 'schema' ? { command: 'schema', options } : { command: 'summarize', files: chosen.files, options };
}
