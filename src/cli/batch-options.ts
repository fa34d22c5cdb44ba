import { InvalidArgumentError, Option, type Command } from 'commander';
import { defaultJobs } from '../batch/cores.js';
import type { InputKind } from '../batch/sources.js';

/** The batch options of the command line, checked. */
export interface BatchCliOptions {
  input: InputKind;
  idField: string;
  textField: string;
  /** Worker threads for --format ndjson. */
  jobs: number;
}

function parseJobs(value: string): number {
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1 || Number(value) > 1024) throw new InvalidArgumentError('expected a whole number of worker threads, 1 or more');
  return Number(value);
}

function parseField(value: string): string {
  if (value === '') throw new InvalidArgumentError('expected a field name');
  return value;
}

const BATCH_EXAMPLES = `Batches (one NDJSON line out per article, in input order, on all cores):
  khulasa --format ndjson archive/          every .txt under archive/, sorted
  khulasa --input ndjson < crawl.ndjson > summaries.ndjson
                                            {"id":…,"text":…} per line in, {"source":…,…} per line out
  khulasa --input ndjson --id-field url --text-field body --jobs 4 crawl.ndjson
  parallel --pipe -k khulasa --input ndjson --jobs 1 < crawl.ndjson
                                            the same, split across processes (or machines)
`;

/** Add --input, --id-field, --text-field and --jobs (and their examples) to the program. */
export function addBatchOptions(program: Command): Command {
  return program
    .addOption(new Option('--input <kind>', 'what an input holds: text (one article; directories are read for .txt files) or ndjson (one JSON record per line; writes --format ndjson unless another format is named)').choices(['text', 'ndjson']).default('text'))
    .addOption(new Option('--id-field <name>', 'NDJSON field with the record id, echoed as "source"').argParser(parseField).default('id'))
    .addOption(new Option('--text-field <name>', 'NDJSON field with the article text').argParser(parseField).default('text'))
    .addOption(new Option('--jobs <n>', 'worker threads for --format ndjson (default: the available cores)').argParser(parseJobs))
    .addHelpText('after', BATCH_EXAMPLES);
}

/** The batch options out of commander's parsed options. */
export function readBatchOptions(opts: Record<string, unknown>): BatchCliOptions {
  return {
    input: opts.input === 'ndjson' ? 'ndjson' : 'text',
    idField: typeof opts.idField === 'string' ? opts.idField : 'id',
    textField: typeof opts.textField === 'string' ? opts.textField : 'text',
    jobs: typeof opts.jobs === 'number' ? opts.jobs : defaultJobs(),
  };
}
