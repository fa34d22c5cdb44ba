import { describe, expect, it } from 'vitest';
import { FORMATS, parseArgs } from '../../src/cli/args.js';
import { QUICK_FORMATS, quickArgs } from '../../src/cli/quick-args.js';

/** Command lines made of the pieces below, one to three of them, in every order. */
const PIECES: string[][] = [
  ['a.txt'], ['b.txt'], ['dir/'], ['-'], ['--'], [''], ['schema'], ['help'], ['-a.txt'],
  ['--json'], ['--compact'], ['--quiet'], ['-q'], ['--lang', 'ar'], ['--lang', 'en'], ['--lang', 'fr'], ['--lang'],
  ...FORMATS.map((f) => ['--format', f]), ['--format', 'pdf'], ['--format'], ['--format=json'],
  ['--context'], ['--visual'], ['--no-color'], ['--color'], ['--jobs', '2'], ['--input', 'ndjson'], ['--date', '2019-03-12'], ['--version'], ['--help'], ['-h'],
];

function* lines(): Generator<string[]> {
  yield [];
  for (const a of PIECES) {
    yield a;
    for (const b of PIECES) {
      yield [...a, ...b];
      for (const c of [['a.txt'], ['--json'], ['--format', 'table'], ['--lang', 'ar'], ['-q']]) yield [...a, ...b, ...c];
    }
  }
}

describe('quickArgs', () => {
  it('reads a line as parseArgs (commander) does, or leaves it to parseArgs', () => {
    let read = 0;
    let left = 0;
    for (const argv of lines()) {
      const quick = quickArgs(argv);
      if (quick === undefined) left++;
      else {
        read++;
        expect(quick, argv.join(' ')).toEqual(parseArgs(argv));
      }
    }
    expect(read).toBeGreaterThan(300);
    expect(left).toBeGreaterThan(1000);
  });

  it('reads the usual lines: files with --format, --json, --compact, --quiet, --lang', () => {
    for (const argv of [['a.txt'], ['--format', 'json', 'samples/a.txt'], ['--json', 'a.txt', 'b.txt'], ['--lang', 'ar', 'a.txt'], ['-q', '--compact', '--json', 'a.txt'], []]) expect(quickArgs(argv), argv.join(' ')).toEqual(parseArgs(argv));
  });

  it('leaves help, version, commands, conflicts and other options to parseArgs', () => {
    for (const argv of [['--help'], ['--version'], ['schema'], ['help'], ['--json', '--format', 'table', 'a.txt'], ['--format', 'json', '--format', 'table'], ['--context', 'a.txt'], ['-'], ['--', 'a.txt']]) expect(quickArgs(argv), argv.join(' ')).toBeUndefined();
  });

  it('knows the formats parseArgs knows', () => {
    expect([...QUICK_FORMATS].sort()).toEqual([...FORMATS].sort());
  });
});
