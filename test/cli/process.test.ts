import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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
