import { defaultJobs } from '../batch/cores.js';
import type { CliOptions, Format, Lang, Parsed } from './args.js';

/**
 * The command lines most runs are (khulasa article.txt, khulasa --format json a.txt b.txt, with
 * --json, --compact, --quiet or --lang), read without commander: parseArgs (args.ts) builds the
 * whole program, its options, help and version (reading package.json) for every run, and run()
 * imports it, and commander, only for the other lines. Returns what parseArgs returns for the line
 * (test/cli/quick-args.test.ts checks it line by line), or undefined for any line it does not
 * read: another option, an option twice, --json with --format, "--", "-", an operand that opens
 * with "-" or names a command (schema, help).
 */
export function quickArgs(argv: readonly string[]): Parsed | undefined {
  let format: Format | undefined;
  let json = false;
  let compact = false;
  let quiet = false;
  let lang: Lang | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' && format === undefined && !json && i + 1 < argv.length && QUICK_FORMATS.has(argv[i + 1])) format = argv[++i] as Format;
    else if (a === '--json' && !json && format === undefined) json = true;
    else if (a === '--compact' && !compact) compact = true;
    else if ((a === '--quiet' || a === '-q') && !quiet) quiet = true;
    else if (a === '--lang' && lang === undefined && (argv[i + 1] === 'ar' || argv[i + 1] === 'en')) lang = argv[++i] as Lang;
    else if (a !== '' && !a.startsWith('-') && !COMMANDS.has(a)) files.push(a);
    else return undefined;
  }
  const options: CliOptions = {
    format: json ? 'json' : format,
    compact,
    lang: lang ?? 'en',
    color: true,
    colorWhen: 'auto',
    context: false,
    visual: false,
    quiet,
    encoding: 'auto',
    maxBytes: DEFAULT_MAX_BYTES,
    batch: { input: 'text', idField: 'id', textField: 'text', jobs: defaultJobs() },
  };
  return { command: 'summarize', files, options };
}

/** The formats of --format (FORMATS in args.ts; the test checks that they are the same). */
export const QUICK_FORMATS: ReadonlySet<string> = new Set(['table', 'brief', 'explain', 'json', 'ndjson', 'events', 'events-csv']);
/** Words that name a command, not a file (commander reads them so): schema, and help. */
const COMMANDS: ReadonlySet<string> = new Set(['schema', 'help']);
/** DEFAULT_MAX_BYTES of args.ts (the test checks that they are the same). */
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
