import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { ERROR_CODES, type ErrorCode, type Job } from './record.js';
import { splitLines } from './lines.js';
import { walkTextFiles } from './walk.js';

/** How inputs are read: one article per file, or one JSON record per line. */
export type InputKind = 'text' | 'ndjson';

/** The name standard input goes by in `source` and in messages (as in the CLI). */
export const STDIN_NAME = '<stdin>';

/** A text input read and decoded, or why it could not be. */
export type TextRead = { text: string } | { code: ErrorCode; message: string };

export interface SourceOptions {
  input: InputKind;
  /** Largest article (text file) or record (NDJSON line) accepted, in bytes. */
  maxBytes?: number;
  /** Standard input, read for the path `-` (and when there are no paths). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /**
   * Read and decode one text input (`-` is stdin). The CLI passes its own reader (BOM, UTF-16,
   * Windows-1256, empty and binary checks); the default reads strict UTF-8.
   */
  readText?: (path: string) => Promise<TextRead>;
}

/**
 * The jobs for a list of inputs, lazily and in order: paths in the order given, directories
 * expanded to their .txt files in sorted order, NDJSON inputs line by line. A path that cannot be
 * read becomes an error job in its place, so the output still has one line for it.
 */
export async function* jobsFrom(paths: readonly string[], options: SourceOptions): AsyncGenerator<Job> {
  const inputs = paths.length === 0 ? ['-'] : paths;
  const readText = options.readText ?? ((path: string) => readUtf8(path, options));
  for (const path of inputs) {
    if (path === '-') {
      if (options.input === 'ndjson') yield* ndjsonJobs(STDIN_NAME, options.stdin ?? process.stdin, options.maxBytes);
      else yield textJob(STDIN_NAME, await readText('-'));
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (e) {
      yield fsError(path, e);
      continue;
    }
    if (isDir && options.input === 'text') {
      try {
        for await (const file of walkTextFiles(path)) yield textJob(file, await readText(file));
      } catch (e) {
        yield fsError(path, e);
      }
    } else if (isDir) {
      yield { kind: 'error', source: path, code: 'IS_DIRECTORY', message: `${path}: is a directory (NDJSON comes from files or stdin)` };
    } else if (options.input === 'ndjson') {
      yield* ndjsonJobs(path, createReadStream(path, { highWaterMark: 1 << 16 }), options.maxBytes);
    } else {
      yield textJob(path, await readText(path));
    }
  }
}

/** One job per NDJSON line; `where` (name:line) locates it in messages and stands in for a missing id. */
export async function* ndjsonJobs(name: string, stream: AsyncIterable<Uint8Array | string>, maxBytes?: number): AsyncGenerator<Job> {
  try {
    for await (const raw of splitLines(stream, maxBytes)) {
      const where = `${name}:${raw.lineNo}`;
      if ('error' in raw) yield { kind: 'error', source: where, code: raw.error, message: `${name}: ${raw.message}` };
      else yield { kind: 'ndjson', bytes: raw.bytes, where };
    }
  } catch (e) {
    // The stream itself failed (unreadable file, I/O error): one record says so, the batch goes on.
    yield fsError(name, e);
  }
}

function textJob(source: string, read: TextRead): Job {
  if ('text' in read) return { kind: 'text', source, text: read.text };
  return { kind: 'error', source, code: ERROR_CODES.has(read.code) ? read.code : 'READ_FAILED', message: read.message };
}

/** The default reader: strict UTF-8 (a BOM dropped); invalid bytes are an error, never U+FFFD. */
async function readUtf8(path: string, options: SourceOptions): Promise<TextRead> {
  const name = path === '-' ? STDIN_NAME : path;
  const max = options.maxBytes ?? Infinity;
  try {
    let bytes: Buffer;
    if (path === '-') {
      const parts: Buffer[] = [];
      let size = 0;
      for await (const data of options.stdin ?? process.stdin) {
        const chunk = Buffer.from(data);
        size += chunk.length;
        if (size > max) return { code: 'TOO_LARGE', message: `${name}: larger than the limit of ${max} bytes` };
        parts.push(chunk);
      }
      bytes = Buffer.concat(parts, size);
    } else {
      const size = (await stat(path)).size;
      if (size > max) return { code: 'TOO_LARGE', message: `${name}: larger than the limit of ${max} bytes` };
      bytes = await readFile(path);
    }
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (e) {
    if (e instanceof TypeError) return { code: 'BAD_ENCODING', message: `${name}: not valid UTF-8` };
    const job = fsError(name, e);
    return job.kind === 'error' ? { code: job.code, message: job.message } : { code: 'READ_FAILED', message: `${name}: cannot read` };
  }
}

/** An error job for a file-system failure, in the CLI's words. */
function fsError(source: string, e: unknown): Job {
  const err = e as NodeJS.ErrnoException;
  const [code, problem]: [ErrorCode, string] =
    err?.code === 'ENOENT' || err?.code === 'ENOTDIR' ? ['NOT_FOUND', 'no such file']
    : err?.code === 'EACCES' || err?.code === 'EPERM' ? ['NO_PERMISSION', 'permission denied (cannot read the file)']
    : err?.code === 'EISDIR' ? ['IS_DIRECTORY', 'is a directory, not a file']
    : ['READ_FAILED', `cannot read: ${String(err?.message ?? e).split('\n')[0]}`];
  return { kind: 'error', source, code, message: `${source}: ${problem}` };
}
