import { createReadStream, fstatSync, readFileSync, statSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';

/** Where the CLI writes: stdout or stderr, or a test double. */
export interface Output {
  /** Resolves once the chunk (text, or UTF-8 bytes) is handed to the OS; rejects with code EPIPE when the reader is gone. */
  write(chunk: string | Uint8Array): Promise<void>;
  isTTY?: boolean;
  /** Terminal width in columns, when a terminal. */
  columns?: number;
}

/** Standard input: a stream of byte chunks, and whether it is a terminal. */
export interface Input extends AsyncIterable<Uint8Array> {
  isTTY?: boolean;
}

/** The file-system calls the CLI makes; injected so tests can simulate EACCES and the like. */
export interface FileSystem {
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean; size: number }>;
  /** The file's bytes, chunk by chunk; open errors surface on the first iteration. */
  read(path: string): AsyncIterable<Uint8Array>;
}

/** Everything run() touches outside itself: streams, environment, file system, Ctrl-C. */
export interface Io {
  stdin: Input;
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
  fs?: FileSystem;
  /** Aborted on Ctrl-C: run() stops between inputs and returns exit code 130. */
  signal?: AbortSignal;
  /**
   * Runs synchronous work (summarising one article). A JavaScript signal handler cannot run
   * while such work holds the thread, so the process Io lets Ctrl-C kill the process at once
   * meanwhile, as it would without any handler. Tests leave it out.
   */
  blocking?<T>(work: () => T): T;
}

/**
 * A file's bytes: a regular file in one read (run() checked its size first), anything else (a
 * FIFO, a device) as a stream, so that its size is capped while it is read. Not a stream for
 * every file, nor node:fs/promises: those load some fifteen more of node's modules at start-up.
 * The stat and the read of a regular file are synchronous (their errors reject all the same): the
 * asynchronous calls went through libuv's thread pool, whose four threads a one-article run
 * started for them alone (stat, stat, read: some 0.6 ms more than the same calls made at once).
 */
async function* readBytes(path: string): AsyncGenerator<Uint8Array> {
  if (statSync(path).isFile()) yield readFileSync(path);
  else yield* createReadStream(path);
}

/** The real file system. */
export const nodeFs: FileSystem = {
  stat: (path) => new Promise<Stats>((resolve) => resolve(statSync(path))),
  read: readBytes,
};

/** Is this the error a closed pipe gives (`khulasa … | head -1`)? */
export function isBrokenPipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}

function wrapStream(stream: NodeJS.WriteStream): Output {
  let broken: Error | null = null;
  // Without a listener an EPIPE would crash the process with an unhandled 'error' event.
  stream.on('error', (err) => {
    broken = err;
  });
  return {
    write: (chunk) =>
      new Promise<void>((resolve, reject) => {
        if (broken) return reject(broken);
        stream.write(chunk, (err) => (err ? reject(err) : resolve()));
      }),
    get isTTY() {
      return Boolean(stream.isTTY);
    },
    get columns() {
      return stream.columns;
    },
  };
}

let stdoutFile: boolean | undefined;

/**
 * Is stdout a regular file or /dev/null (POSIX)? Node writes such a stdout with fs.writeSync (its
 * SyncWriteStream), and so can the CLI (fileOutput), without making process.stdout: the stream and
 * the twenty-odd modules of node's that it loads cost every such start some 2 ms. A terminal or a
 * pipe (whose stream node writes asynchronously) gets node's stream as before. Asked once.
 */
export function stdoutIsFile(): boolean {
  if (stdoutFile === undefined) {
    stdoutFile = false;
    if (process.platform !== 'win32') {
      try {
        const info = fstatSync(1);
        stdoutFile = info.isFile() || (info.isCharacterDevice() && info.rdev === statSync('/dev/null').rdev);
      } catch {
        // no stdout to look at: node's stream says what there is to say
      }
    }
  }
  return stdoutFile;
}

/** A file descriptor of a file written as node's SyncWriteStream writes it: each chunk at once, in full (UTF-8 for text); a failed write rejects. */
function fileOutput(fd: number): Output {
  return {
    write: (chunk) => {
      try {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        for (let at = 0; at < bytes.length; ) {
          const n = writeSync(fd, bytes, at, bytes.length - at);
          if (n <= 0) throw new Error(`write to file descriptor ${fd} made no progress`);
          at += n;
        }
        return Promise.resolve();
      } catch (err) {
        return Promise.reject(err);
      }
    },
    isTTY: false,
    columns: undefined,
  };
}

/**
 * The process's own streams, environment and file system. The first Ctrl-C aborts the run
 * cleanly (between inputs); a second one exits at once, as the user plainly wants out.
 */
export function processIo(): Io {
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  let stdout: Output | undefined;
  let stderr: Output | undefined;
  return {
    blocking: (work) => {
      process.removeListener('SIGINT', onSigint);
      try {
        return work();
      } finally {
        process.on('SIGINT', onSigint);
      }
    },
    // on first use only: process.stdin sets up a stream (and loads its modules) that reading a named file never needs
    get stdin() {
      return process.stdin;
    },
    // stdout and stderr on first use too: node makes each stream (some 2 ms and its modules for a
    // pipe) only when first asked, and a run with nothing to say never writes to stderr; a stdout
    // that is a file is written without a stream at all
    get stdout() {
      return (stdout ??= stdoutIsFile() ? fileOutput(1) : wrapStream(process.stdout));
    },
    get stderr() {
      return (stderr ??= wrapStream(process.stderr));
    },
    env: process.env,
    fs: nodeFs,
    signal: controller.signal,
  };
}
