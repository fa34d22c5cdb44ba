import { decode, type Encoding, type EncodingChoice } from './decode.js';
import { InputError, fromFsError } from './errors.js';
import { nodeFs, type Io } from './io.js';

/** The name stdin goes by in messages and in `source` fields. */
export const STDIN = '<stdin>';

/**
 * One input, read and decoded, or the reason it could not be. run() consumes a sequence of these
 * and writes one output per record, so new kinds of input (NDJSON records, files found in a
 * directory) only need to produce more records.
 */
export type InputRecord =
  | { source: string; text: string; encoding: Encoding; /** An NDJSON record's reference day (--date-field). */ date?: string }
  | { source: string; error: InputError };

/** How inputs are read. */
export interface ReadOptions {
  encoding: EncodingChoice;
  /** Larger inputs are refused with a TOO_LARGE error instead of being read into memory. */
  maxBytes: number;
}

/** Human-readable size for messages: 52428800 → "50 MB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}

function tooLarge(source: string, maxBytes: number): InputError {
  return new InputError('TOO_LARGE', source, `larger than --max-bytes (${formatBytes(maxBytes)}); raise the limit with --max-bytes if this is intended`);
}

/** Waits for the next chunk, or gives up when the signal aborts (Ctrl-C while stdin waits). */
function nextOrAbort<T>(it: AsyncIterator<T>, signal?: AbortSignal): Promise<IteratorResult<T>> {
  if (!signal) return it.next();
  if (signal.aborted) return Promise.resolve({ done: true, value: undefined });
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve({ done: true, value: undefined });
    signal.addEventListener('abort', onAbort, { once: true });
    it.next().then(
      (r) => {
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * Read a byte stream to the end, refusing more than maxBytes. Stops early (and closes the
 * stream) when the limit is passed or the signal aborts.
 */
export async function readAll(chunks: AsyncIterable<Uint8Array>, source: string, maxBytes: number, signal?: AbortSignal): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  const it = chunks[Symbol.asyncIterator]();
  let pending = false;
  try {
    for (;;) {
      pending = true;
      const { done, value } = await nextOrAbort(it, signal);
      pending = !!signal?.aborted;
      if (done) break;
      const chunk = typeof value === 'string' ? Buffer.from(value) : value;
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(source, maxBytes);
      parts.push(chunk);
    }
  } finally {
    // Closes a stream left half-read; harmless on a finished one. After Ctrl-C a read may still
    // be pending, and an async generator's return() would wait for it: then do not wait.
    const closing = it.return?.()?.catch(() => undefined);
    if (!pending) await closing;
  }
  return Buffer.concat(parts, total);
}

/** Decoded text, or an InputError for empty and whitespace-only input. */
export function textOf(bytes: Uint8Array, source: string, encoding: EncodingChoice): { text: string; encoding: Encoding } {
  if (bytes.length === 0) throw new InputError('EMPTY', source, 'empty input');
  const decoded = decode(bytes, encoding, source);
  // Invisible format characters count as blank: a file of only LRM marks has nothing to read.
  if (/^[\s\u200B-\u200F\u2060\uFEFF]*$/u.test(decoded.text)) throw new InputError('BLANK', source, 'input holds only whitespace');
  return { text: decoded.text, encoding: decoded.encoding };
}

async function readOne(path: string, options: ReadOptions, io: Io): Promise<InputRecord> {
  const source = path === '-' ? STDIN : path;
  try {
    let bytes: Uint8Array;
    if (path === '-') {
      bytes = await readAll(io.stdin, source, options.maxBytes, io.signal);
    } else {
      const fs = io.fs ?? nodeFs;
      let info;
      try {
        info = await fs.stat(path);
      } catch (err) {
        throw fromFsError(err, source);
      }
      if (info.isDirectory()) throw new InputError('IS_DIRECTORY', source, 'is a directory, not a file');
      // Checked before reading so a huge file is never loaded; FIFOs report size 0 and are capped while read.
      if (info.isFile() && info.size > options.maxBytes) throw tooLarge(source, options.maxBytes);
      try {
        bytes = await readAll(fs.read(path), source, options.maxBytes, io.signal);
      } catch (err) {
        throw err instanceof InputError ? err : fromFsError(err, source);
      }
    }
    return { source, ...textOf(bytes, source, options.encoding) };
  } catch (err) {
    if (err instanceof InputError) return { source, error: err };
    throw err;
  }
}

/**
 * The inputs named on the command line, in order, one record each; `-` is stdin (run() passes
 * `['-']` when no file is named). Records are produced lazily, so a long list is never held in memory at once.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions, io: Io): AsyncGenerator<InputRecord> {
  for (const path of paths) {
    if (io.signal?.aborted) return;
    yield await readOne(path, options, io);
  }
}
