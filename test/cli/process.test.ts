import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../batch/build.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = 'samples/cairo-syria-talks.txt';
// The real process streams (processIo), from source through tsx so no build is needed.
const script = "import { run } from './src/cli/run.ts'; process.exitCode = await run(process.argv.slice(1));";

function khulasa(args: string[], onStdout?: (chunk: Buffer, kill: () => void) => void) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, '--', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  let out = '';
  child.stderr.on('data', (c) => (err += c));
  child.stdout.on('data', (c: Buffer) => {
    out += c;
    onStdout?.(c, () => child.stdout.destroy());
  });
  child.stdout.on('error', () => undefined);
  return new Promise<{ code: number | null; signal: string | null; out: string; err: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, out, err })),
  );
}

describe('the real process', () => {
  it('ends quietly with 0 when the reader closes the pipe early (khulasa … | head -1)', async () => {
    // Far more output than a pipe buffer holds, so writes after the close do meet EPIPE.
    const r = await khulasa(['--format', 'json', ...Array(40).fill(seed)], (_chunk, close) => close());
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  }, 60_000);

  it('writes all of a JSON array when nobody closes the pipe', async () => {
    const r = await khulasa(['--compact', seed, seed]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveLength(2);
  }, 60_000);
});

// NDJSON runs use worker threads, which load the compiled code: these tests run bin/khulasa.js on dist/.
describe('the built command in a shell pipeline', () => {
  beforeAll(() => {
    expect(ensureBuilt()).toBe(true);
  }, 120_000);

  /** Run `khulasa ARGS | head -1` in bash; khulasa's own exit status comes from PIPESTATUS. */
  function throughHead(args: string[]) {
    const quoted = args.map((a) => `'${a}'`).join(' ');
    const pipeline = `${JSON.stringify(process.execPath)} bin/khulasa.js ${quoted} 2>"$ERR" | head -1; echo "\${PIPESTATUS[0]}" >"$STATUS"`;
    const dir = mkdtempSync(join(tmpdir(), 'khulasa-pipe-'));
    const env = { ...process.env, ERR: join(dir, 'err'), STATUS: join(dir, 'status') };
    const r = spawnSync('bash', ['-c', pipeline], { cwd: root, env, encoding: 'utf8' });
    const result = { out: r.stdout, err: readFileSync(env.ERR, 'utf8'), status: Number(readFileSync(env.STATUS, 'utf8')) };
    rmSync(dir, { recursive: true, force: true });
    return result;
  }

  it('writes to a file or /dev/null without node\'s stdout stream, the same bytes as to a pipe', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khulasa-file-'));
    try {
      // after the run: did node make a stream for stdout (a SyncWriteStream, for a file)?
      const probe = join(dir, 'probe.cjs');
      writeFileSync(probe, "process.on('exit', () => require('node:fs').writeSync(2, String(process.moduleLoadList.includes('NativeModule internal/fs/sync_write_stream'))));\n");
      const args = ['-r', probe, 'bin/khulasa.js', '--format', 'json', seed, seed];
      for (const cache of ['on', 'off']) {
        const env = { ...process.env, KHULASA_CODE_CACHE: cache };
        const piped = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
        expect(piped.status).toBe(0);
        expect(piped.stderr).toBe('false');
        const file = join(dir, 'out.json');
        const fd = openSync(file, 'w');
        const toFile = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] });
        closeSync(fd);
        expect(toFile.status).toBe(0);
        expect(toFile.stderr, `cache ${cache}`).toBe('false');
        expect(readFileSync(file, 'utf8')).toBe(piped.stdout);
        const toNull = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
        expect(toNull.status).toBe(0);
        expect(toNull.stderr, `cache ${cache}`).toBe('false');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('khulasa --format ndjson … | head -1: one whole line, exit 0, nothing on stderr', () => {
    const r = throughHead(['--format', 'ndjson', ...Array(60).fill(seed)]);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    expect(JSON.parse(lines[0]).source).toBe(seed);
  }, 60_000);

  it('Ctrl-C (SIGINT) during an NDJSON run: exit 130, "interrupted", only whole lines written', async () => {
    const child = spawn(process.execPath, ['bin/khulasa.js', '--format', 'ndjson', ...Array(400).fill(seed)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let sent = false;
    child.stderr.on('data', (c) => (err += c));
    child.stdout.on('data', (c: Buffer) => {
      out += c;
      // Interrupt once the run is under way (the first line is out), as a user would.
      if (!sent) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    expect(signal).toBeNull();
    expect(code).toBe(130);
    expect(err).toBe('khulasa: interrupted\n');
    // Stopped early, and the output ends at a line end with every line whole JSON.
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(400);
    for (const line of lines) expect(JSON.parse(line).source).toBe(seed);
  }, 60_000);
});
