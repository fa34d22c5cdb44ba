import type { FileSystem, Io, Output } from '../../src/cli/io.js';

/** An Output that records what is written; `failAfter` makes later writes fail with EPIPE. */
export function recorder(isTTY = false, columns?: number, failAfter = Infinity): Output & { text: () => string; writes: number } {
  const chunks: string[] = [];
  const out = {
    isTTY,
    columns,
    writes: 0,
    text: () => chunks.join(''),
    write: async (chunk: string | Uint8Array) => {
      if (out.writes >= failAfter) throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
      out.writes++;
      // Batches write bytes (whole lines, so each decodes alone).
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    },
  };
  return out;
}

/** Standard input from fixed bytes (or a pending promise that never resolves, for "waiting"). */
export function stdinOf(data: string | Uint8Array | 'never' | null, isTTY = false): Io['stdin'] {
  return {
    isTTY,
    async *[Symbol.asyncIterator]() {
      if (data === 'never') await new Promise(() => undefined);
      if (data === null) return;
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      // Two chunks, to exercise joining.
      const mid = Math.floor(bytes.length / 2);
      if (mid > 0) yield bytes.subarray(0, mid);
      yield bytes.subarray(mid);
    },
  };
}

export interface FakeIoOptions {
  stdin?: string | Uint8Array | 'never' | null;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
  fs?: FileSystem;
  signal?: AbortSignal;
  failAfter?: number;
}

/** A complete fake Io: run() reads and writes only through it. */
export function fakeIo(o: FakeIoOptions = {}) {
  const stdout = recorder(o.stdoutTTY ?? false, o.columns, o.failAfter);
  const stderr = recorder(false);
  const io: Io = { stdin: stdinOf(o.stdin ?? null, o.stdinTTY ?? false), stdout, stderr, env: o.env ?? {}, fs: o.fs, signal: o.signal };
  return { io, out: () => stdout.text(), err: () => stderr.text() };
}
