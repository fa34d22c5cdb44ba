import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../batch/build.js';

/**
 * bin/khulasa.js runs the CLI from one script with a V8 code cache when the cache fits the running
 * node and the build, and from the ES modules (the plain path) otherwise. Each case runs a copy of
 * bin/ and dist/bundle/ in a temporary directory, spoils the cache there in one way, and checks
 * which path ran (KHULASA_CODE_CACHE=trace) and that the output is the plain path's, byte for byte.
 */

const root = join(import.meta.dirname, '..', '..');
// An invented article (not from any corpus): a meeting, a statement and a resolution.
const ARTICLE = [
  'استقبل وزير الخارجية الأردني سامي الحداد نظيره العراقي في عمان يوم الأحد.',
  'وأكد الحداد أن الحل السياسي هو الطريق الوحيد، داعيا إلى تنفيذ قرار مجلس الأمن رقم 2254.',
].join('\n');

let dir = '';
let articlePath = '';

/** A fresh copy of the built CLI; returns its directory. */
function copyOfCli(): string {
  const copy = mkdtempSync(join(dir, 'cli-'));
  cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
  cpSync(join(root, 'dist', 'bundle'), join(copy, 'dist', 'bundle'), { recursive: true });
  cpSync(join(root, 'package.json'), join(copy, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

function khulasa(cli: string, args: string[], options: { nodeArgs?: string[]; env?: Record<string, string>; input?: string } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', KHULASA_CODE_CACHE: 'trace', ...options.env };
  delete env.NODE_OPTIONS; // the case decides the node flags
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), join(cli, 'bin', 'khulasa.js'), ...args], { env, input: options.input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const cached = (cli: string) => join(cli, 'dist', 'bundle', 'khulasa-cached.js');

describe('the code cache of the CLI', () => {
  let plain: { json: string; table: string };

  beforeAll(() => {
    expect(ensureBuilt()).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'khulasa-cache-'));
    articlePath = join(dir, 'article.txt');
    writeFileSync(articlePath, ARTICLE);
    const cli = copyOfCli();
    const off = { env: { KHULASA_CODE_CACHE: 'off' } };
    plain = { json: khulasa(cli, ['--format', 'json', articlePath], off).out, table: khulasa(cli, ['--format', 'table', articlePath], off).out };
    expect(JSON.parse(plain.json).resolutions).toHaveLength(1);
    expect(plain.table).toContain('2254');
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is made by the build for this node, and used', () => {
    const cli = copyOfCli();
    const made = JSON.parse(readFileSync(`${cached(cli)}.json`, 'utf8'));
    expect(made).toMatchObject({ node: process.version, v8: process.versions.v8, arch: process.arch, platform: process.platform });
    const json = khulasa(cli, ['--format', 'json', articlePath]);
    expect(json.err).toBe('khulasa: code cache: used\n');
    expect(json.code).toBe(0);
    expect(json.out).toBe(plain.json);
    const table = khulasa(cli, ['--format', 'table', articlePath]);
    expect(table.err).toBe('khulasa: code cache: used\n');
    expect(table.out).toBe(plain.table);
  }, 60_000);

  it('leaves batches to the plain path (they run long, and keep their main thread small)', () => {
    const cli = copyOfCli();
    const input = [1, 2, 3, 4, 5].map((i) => JSON.stringify({ id: i, text: ARTICLE.replace('الأحد', `الأحد ${i}`) })).join('\n') + '\n';
    const two = khulasa(cli, ['--input', 'ndjson', '--jobs', '2'], { input });
    const one = khulasa(cli, ['--input', 'ndjson', '--jobs', '1'], { input, env: { KHULASA_CODE_CACHE: 'off' } });
    expect(two.err).toBe('khulasa: code cache: not for a batch\n');
    expect(two.code).toBe(0);
    expect(two.out.split('\n')).toHaveLength(6);
    expect(two.out).toBe(one.out);
    // NDJSON read one record at a time for JSON output is no batch: the cache serves it.
    const json = khulasa(cli, ['--input', 'ndjson', '--format', 'json'], { input });
    expect(json.err).toBe('khulasa: code cache: used\n');
    expect(json.code).toBe(0);
  }, 60_000);

  const spoiled: [string, (cli: string) => void, RegExp, string[]?][] = [
    ['the cache is missing', (cli) => rmSync(`${cached(cli)}.cache`), /^khulasa: code cache: code cache incomplete\n$/],
    ['no cache was made', (cli) => rmSync(`${cached(cli)}.json`), /^khulasa: code cache: no code cache\n$/],
    [
      'it was made by another node',
      (cli) => writeFileSync(`${cached(cli)}.json`, JSON.stringify({ ...JSON.parse(readFileSync(`${cached(cli)}.json`, 'utf8')), node: 'v0.0.1' })),
      /^khulasa: code cache: made for node v0\.0\.1, this is v\d+/,
    ],
    [
      'the bundle was rebuilt after it',
      (cli) => writeFileSync(`${cached(cli)}.json`, JSON.stringify({ ...JSON.parse(readFileSync(`${cached(cli)}.json`, 'utf8')), build: 'an-older-build' })),
      /^khulasa: code cache: made for another build\n$/,
    ],
    [
      'V8 refuses its data',
      (cli) => {
        // The header (magic number, V8 version hash) is spoilt: V8 checks it before using anything.
        const data = readFileSync(`${cached(cli)}.cache`);
        for (let i = 0; i < 8; i++) data[i] ^= 0xff;
        writeFileSync(`${cached(cli)}.cache`, data);
      },
      /^khulasa: code cache: rejected by V8\n$/,
    ],
    // A node started with other V8 flags compiles differently: V8's own check refuses the cache.
    ['node runs with other V8 flags', () => undefined, /^khulasa: code cache: rejected by V8\n$/, ['--max-old-space-size=1234']],
  ];
  it.each(spoiled)('falls back to the plain path when %s', (_case, spoil, why, nodeArgs) => {
    const cli = copyOfCli();
    spoil(cli);
    const json = khulasa(cli, ['--format', 'json', articlePath], { nodeArgs });
    expect(json.err).toMatch(why);
    expect(json.code).toBe(0);
    expect(json.out).toBe(plain.json);
    const table = khulasa(cli, ['--format', 'table', articlePath], { nodeArgs });
    expect(table.out).toBe(plain.table);
  }, 60_000);

  it('sets its V8 flags without a warning, whatever node is told of deprecations, and reads stdin as a file', () => {
    const cli = copyOfCli();
    for (const nodeArgs of [[], ['--pending-deprecation'], ['--throw-deprecation'], ['--trace-deprecation']]) {
      const r = khulasa(cli, ['--format', 'json', articlePath], { nodeArgs });
      expect(r.err, nodeArgs.join(' ')).toBe('khulasa: code cache: used\n');
      expect(r.code).toBe(0);
      expect(r.out).toBe(plain.json);
    }
    const stdin = khulasa(cli, ['--format', 'json'], { input: ARTICLE, nodeArgs: ['--pending-deprecation'] });
    expect(stdin.err).toBe('khulasa: code cache: used\n');
    expect(stdin.out).toBe(khulasa(cli, ['--format', 'json'], { input: ARTICLE, env: { KHULASA_CODE_CACHE: 'off' } }).out);
  }, 60_000);

  it('is skipped when KHULASA_CODE_CACHE=off', () => {
    const cli = copyOfCli();
    const r = khulasa(cli, ['--format', 'json', articlePath], { env: { KHULASA_CODE_CACHE: 'off' } });
    expect(r.err).toBe('');
    expect(r.out).toBe(plain.json);
  }, 60_000);
});

describe('isBatch (which command lines run a batch)', () => {
  it('is true for --format ndjson and for --input ndjson written as NDJSON or event rows', () => {
    // bin/ is CommonJS (bin/package.json): loaded as node loads it
    const { isBatch } = createRequire(import.meta.url)('../../bin/load-cached.js') as { isBatch: (argv: string[]) => boolean };
    for (const argv of [
      ['--format', 'ndjson', 'dir/'],
      ['--format=ndjson', 'a.txt'],
      ['--input', 'ndjson'],
      ['--input=ndjson', '--jobs', '2', 'x.ndjson'],
      ['--input', 'ndjson', '--format', 'events'],
      ['--format', 'events-csv', '--input', 'ndjson'],
    ]) expect(isBatch(argv), argv.join(' ')).toBe(true);
    for (const argv of [
      ['a.txt'],
      ['--json', 'a.txt'],
      ['--format', 'table', 'a.txt'],
      ['--format', 'events', 'a.txt'],
      ['--input', 'ndjson', '--format', 'json'],
      ['--input', 'ndjson', '--json'],
      ['--', '--format', 'ndjson'],
      ['schema'],
    ]) expect(isBatch(argv), argv.join(' ')).toBe(false);
  });
});


describe('mayReadStdin (whether a command line may read stdin)', () => {
  it('is false where the last argument is an existing file, true for no argument, "-", an option or its value', () => {
    const { mayReadStdin } = createRequire(import.meta.url)('../../bin/load-cached.js') as { mayReadStdin: (argv: string[]) => boolean };
    const file = join(import.meta.dirname, 'code-cache.test.ts');
    expect(mayReadStdin([file])).toBe(false);
    expect(mayReadStdin(['--format', 'json', file])).toBe(false);
    for (const argv of [[], ['-'], ['--format', 'json'], ['--json'], [import.meta.dirname], [join(import.meta.dirname, 'no-such-file.txt')]]) expect(mayReadStdin(argv), argv.join(' ')).toBe(true);
  });
});
