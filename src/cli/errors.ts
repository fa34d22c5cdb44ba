/** Why an input could not be summarised; each maps to one line on stderr and exit code 1. */
export type InputErrorCode =
  | 'NOT_FOUND'
  | 'IS_DIRECTORY'
  | 'NO_PERMISSION'
  | 'READ_FAILED'
  | 'TOO_LARGE'
  | 'EMPTY'
  | 'BLANK'
  | 'BINARY'
  | 'BAD_ENCODING'
  /** An NDJSON record without a usable text (bad JSON, not an object, no text field). */
  | 'BAD_RECORD';

/** A problem with one input (file or stdin): expected, reported in one line, never a stack trace. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: InputErrorCode,
    /** The file as the user named it, or `<stdin>`. */
    readonly source: string,
    /** What is wrong, without the file name: "empty input". */
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${source}: ${problem}`, options);
  }
}

/** A bad command line: reported in one line with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Map a Node fs error (from stat or reading) to an InputError naming the file.
 * Exported on its own so tests can cover EACCES even when they run as root.
 */
export function fromFsError(err: unknown, source: string): InputError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new InputError('NOT_FOUND', source, 'no such file', { cause: err });
    case 'EISDIR':
      return new InputError('IS_DIRECTORY', source, 'is a directory, not a file', { cause: err });
    case 'EACCES':
    case 'EPERM':
      return new InputError('NO_PERMISSION', source, 'permission denied (cannot read the file)', { cause: err });
    default: {
      const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
      return new InputError('READ_FAILED', source, `cannot read: ${detail}`, { cause: err });
    }
  }
}

/** The one stderr line for an error; the stack trace only when the DEBUG variable is set. */
export function describeError(err: unknown, env: Record<string, string | undefined>): string {
  const debug = Boolean(env.DEBUG);
  if (err instanceof InputError || err instanceof UsageError) {
    return `khulasa: ${err.message}${debug && err.stack ? '\n' + err.stack : ''}\n`;
  }
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  const stack = debug && err instanceof Error && err.stack ? '\n' + err.stack : ' (set DEBUG=1 for a stack trace)';
  return `khulasa: internal error: ${message}${stack}\n`;
}
