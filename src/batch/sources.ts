import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { ErrorCode, Job } from './job.js';
import { splitLines } from './lines.js';
import { walkTextFiles } from './walk.js';

/** How inputs are read: one article per file, or one JSON record per line. */
export type InputKind = 'text' | 'ndjson';

/** The name an input read from standard input goes by in `source` and in messages. */
export const STDIN_NAME = 'stdin';

export interface SourceOptions {
  input: InputKind;
  /** Largest article (text file) or record (NDJSON line) accepted, in bytes. */
  maxBytes?: number;
  /** Standard input, read when there are no paths or a path is `-`. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /**
   * Decode one text file. The CLI passes its own decoder (BOM, UTF-16, Windows-1256); a thrown
   * error with a `code` among the error codes (e.g. E_ENCODING) keeps it, otherwise E_READ.
   */
  readText?: (path: string) => Promise<string>;
}

/**
 * The jobs for a list of inputs, lazily and in order: paths in the order given, directories
 * expanded to their .txt files in sorted order, NDJSON inputs line by line. A path that cannot be
 * read becomes an error job in its place, so the output still has one line for it.
 */
export async function* jobsFrom(paths: readonly string[], options: SourceOptions): AsyncGenerator<Job> {
  const inputs = paths.length === 0 ? ['-'] : paths;
  for (const path of inputs) {
    if (path === '-') {
      const stdin = options.stdin ?? process.stdin;
      if (options.input === 'ndjson') yield* ndjsonJobs(STDIN_NAME, stdin, options.maxBytes);
      else yield await stdinTextJob(stdin, options.maxBytes);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (e) {
      yield readError(path, e);
      continue;
    }
    if (isDir && options.input === 'text') {
      try {
        for await (const file of walkTextFiles(path)) yield await textJob(file, options);
      } catch (e) {
        yield readError(path, e);
      }
    } else if (isDir) {
      yield { kind: 'error', source: path, code: 'E_READ', message: `${path}: is a directory (NDJSON inputs are files or stdin)` };
    } else if (options.input === 'ndjson') {
      yield* ndjsonJobs(path, createReadStream(path, { highWaterMark: 1 << 16 }), options.maxBytes);
    } else {
      yield await textJob(path, options);
    }
  }
}

/** One job per NDJSON line; `where` (name:line) locates it in messages and stands in for a missing id. */
export async function* ndjsonJobs(name: string, stream: AsyncIterable<Uint8Array | string>, maxBytes?: number): AsyncGenerator<Job> {
  try {
    for await (const raw of splitLines(stream, maxBytes)) {
      const where = `${name}:${raw.lineNo}`;
      if ('error' in raw) yield { kind: 'error', source: where, code: raw.error, message: `${name}: ${raw.message}` };
      else yield { kind: 'ndjson', line: raw.text, where };
    }
  } catch (e) {
    // The stream itself failed (unreadable file, I/O error): one record says so, the batch goes on.
    yield readError(name, e);
  }
}

async function textJob(path: string, options: SourceOptions): Promise<Job> {
  try {
    if (options.maxBytes !== undefined) {
      const size = (await stat(path)).size;
      if (size > options.maxBytes) return { kind: 'error', source: path, code: 'E_TOO_LARGE', message: `${path}: ${size} bytes, over the limit of ${options.maxBytes}` };
    }
    const text = options.readText ? await options.readText(path) : await readUtf8(path);
    return { kind: 'text', source: path, text };
  } catch (e) {
    return readError(path, e);
  }
}

async function stdinTextJob(stdin: AsyncIterable<Uint8Array | string>, maxBytes = Infinity): Promise<Job> {
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const data of stdin) {
      const chunk = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
      size += chunk.length;
      if (size > maxBytes) return { kind: 'error', source: STDIN_NAME, code: 'E_TOO_LARGE', message: `${STDIN_NAME}: over the limit of ${maxBytes} bytes` };
      parts.push(chunk);
    }
    return { kind: 'text', source: STDIN_NAME, text: decodeUtf8(Buffer.concat(parts), STDIN_NAME) };
  } catch (e) {
    return readError(STDIN_NAME, e);
  }
}

async function readUtf8(path: string): Promise<string> {
  return decodeUtf8(await readFile(path), path);
}

/** Strict UTF-8 (a BOM dropped): invalid bytes are an error, never silent replacement characters. */
function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw Object.assign(new Error(`${name}: not valid UTF-8`), { code: 'E_ENCODING' });
  }
}

const CODES = new Set<string>(['E_JSON', 'E_NOT_OBJECT', 'E_NO_TEXT', 'E_TEXT_TYPE', 'E_ENCODING', 'E_TOO_LARGE', 'E_READ', 'E_INTERNAL']);

function readError(source: string, e: unknown): Job {
  const err = e as NodeJS.ErrnoException;
  const code = (typeof err?.code === 'string' && CODES.has(err.code) ? err.code : 'E_READ') as ErrorCode;
  const reason =
    err?.code === 'ENOENT' ? 'no such file or directory'
    : err?.code === 'EACCES' || err?.code === 'EPERM' ? 'permission denied'
    : err?.code === 'EISDIR' ? 'is a directory'
    : String(err?.message ?? e);
  const message = reason.startsWith(`${source}:`) ? reason : `${source}: ${reason}`;
  return { kind: 'error', source, code, message };
}
