import { readFileSync } from 'node:fs';
import { summarize } from '../index.js';

/** Temporary minimal CLI: prints the JSON summary of one file. */
export async function run(argv: string[]): Promise<number> {
  const file = argv[argv.length - 1];
  const text = readFileSync(file, 'utf8');
  process.stdout.write(JSON.stringify(summarize(text), null, 2) + '\n');
  return 0;
}
