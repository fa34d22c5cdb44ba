import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/cli/run.js';
import { ensureBuilt } from './build.js';
import { articleDir, records } from './fixtures.js';

const root = join(import.meta.dirname, '..', '..');

function fakeIo(stdin: string): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdin: Object.assign((async function* () {
      yield Buffer.from(stdin);
    })(), { isTTY: false }),
    // Pooled batches write the workers' bytes (whole lines).
    stdout: { write: async (s: string | Uint8Array) => void (out += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), isTTY: false },
    stderr: { write: async (s: string) => void (err += s), isTTY: false },
    env: {},
    out: () => out,
    err: () => err,
  };
}

describe('khulasa --format ndjson (in-process)', () => {
  it('--input ndjson writes one line per record, error records in place, and counts them on stderr', async () => {
    const io = fakeIo(['{"id":"a","text":"قال الوزير إن المحادثات بناءة."}', '{"id":"b"', '{"id":"c","text":["نص"]}', '{"id":"d","text":"أكد الرئيس دعمه للحوار."}'].join('\n'));
    const code = await run(['--input', 'ndjson', '--jobs', '1'], io);
    const lines = io.out().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.source, l.error?.code ?? 'ok'])).toEqual([
      ['a', 'ok'],
      ['<stdin>:2', 'BAD_JSON'],
      ['c', 'TEXT_NOT_STRING'],
      ['d', 'ok'],
    ]);
    expect(io.err()).toBe('khulasa: 2 of 4 records are error records (see their "error" field)\n');
    expect(code).toBe(1);
  });

  it('reads the fields named by --id-field and --text-field, exit 0 when all is well', async () => {
    const io = fakeIo('{"url":"https://example.org/1","body":"استقبل الرئيس الوفد."}\n');
    expect(await run(['--input', 'ndjson', '--id-field', 'url', '--text-field', 'body'], io)).toBe(0);
    expect(JSON.parse(io.out()).source).toBe('https://example.org/1');
    expect(io.err()).toBe('');
  });

  it('walks a directory for its .txt files, and reports a missing path in its place', async () => {
    const dir = articleDir();
    const io = fakeIo('');
    const code = await run(['--format', 'ndjson', dir, 'no-such-dir'], io);
    rmSync(dir, { recursive: true });
    const lines = io.out().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.txt'), 'no-such-dir']);
    expect(lines[2].error.code).toBe('NOT_FOUND');
    expect(code).toBe(1);
  });

  it('refuses a bad --jobs, --jobs for output that is not NDJSON, and a bad --input (exit 2)', async () => {
    for (const argv of [['--input', 'ndjson', '--jobs', '0'], ['--input', 'ndjson', '--jobs', 'many'], ['--input', 'ndjson', '--format', 'table', '--jobs', '2'], ['--input', 'csv']]) {
      const io = fakeIo('{}');
      expect(await run(argv, io), argv.join(' ')).toBe(2);
      expect(io.out()).toBe('');
      expect(io.err()).toMatch(/^khulasa: .*\n$/);
    }
  });

  it('keeps table and JSON for a directory: a JSON array with a source per article', async () => {
    const dir = articleDir();
    const io = fakeIo('');
    const code = await run(['--json', join(dir, 'sub')], io);
    rmSync(dir, { recursive: true });
    const value = JSON.parse(io.out());
    expect(value.map((v: { source: string }) => v.source)).toEqual([join(dir, 'sub', 'b.txt')]);
    expect(code).toBe(0);
  });
});

const built = ensureBuilt();
describe.skipIf(!built)('khulasa --format ndjson (processes)', () => {
  const input = records(200, 13).join('\n') + '\n';

  function khulasa(args: string[], stdin: string, opts: { firstLineOnly?: boolean } = {}): Promise<{ code: number | null; out: string; err: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [join(root, 'bin', 'khulasa.js'), ...args], { cwd: root, env: { ...process.env, CI: '1' } });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d;
        // Like `| head -1`: read one line, then close the pipe.
        if (opts.firstLineOnly && out.includes('\n')) child.stdout.destroy();
      });
      child.stderr.on('data', (d: Buffer) => (err += d));
      child.stdin.on('error', () => undefined);
      child.on('close', (code) => resolve({ code, out, err }));
      child.stdin.end(stdin);
    });
  }

  it('--jobs 2 output is byte-identical to --jobs 1', async () => {
    const one = await khulasa(['--input', 'ndjson', '--jobs', '1'], input);
    const two = await khulasa(['--input', 'ndjson', '--jobs', '2'], input);
    expect(one.out.split('\n')).toHaveLength(201);
    expect(two.out).toBe(one.out);
    expect(two.err).toBe(one.err);
    expect(two.code).toBe(one.code);
  }, 60_000);

  it('ends quietly when the reader goes away (… | head -1): no message, exit 0', async () => {
    const big = input.repeat(5);
    const result = await khulasa(['--input', 'ndjson', '--jobs', '2'], big, { firstLineOnly: true });
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out.split('\n')[0]).source).toBe('r0');
  }, 60_000);
});
