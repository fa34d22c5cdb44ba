import { describe, expect, it } from 'vitest';
import { InputError, describeError, fromFsError } from '../../src/cli/errors.js';
import { ExitCode, worst } from '../../src/cli/exit-codes.js';
import { formatBytes, readAll, textOf } from '../../src/cli/input.js';
import { stdinOf } from './fake-io.js';

const errno = (code: string) => Object.assign(new Error(`${code}: something, open 'a.txt'`), { code });

describe('fromFsError', () => {
  it.each([
    ['ENOENT', 'NOT_FOUND', 'no such file'],
    ['ENOTDIR', 'NOT_FOUND', 'no such file'],
    ['EISDIR', 'IS_DIRECTORY', 'is a directory, not a file'],
    ['EACCES', 'NO_PERMISSION', 'permission denied (cannot read the file)'],
    ['EPERM', 'NO_PERMISSION', 'permission denied (cannot read the file)'],
    ['EIO', 'READ_FAILED', "cannot read: EIO: something, open 'a.txt'"],
  ])('%s → %s', (code, expected, problem) => {
    const e = fromFsError(errno(code), 'a.txt');
    expect(e.code).toBe(expected);
    expect(e.message).toBe(`a.txt: ${problem}`);
  });
});

describe('describeError', () => {
  it('prints one line for input errors, the stack only with DEBUG', () => {
    const e = new InputError('EMPTY', 'a.txt', 'empty input');
    expect(describeError(e, {})).toBe('khulasa: a.txt: empty input\n');
    expect(describeError(e, { DEBUG: '1' })).toMatch(/^khulasa: a.txt: empty input\nInputError: a.txt: empty input\n\s+at /);
  });
  it('marks unexpected errors as internal and points at DEBUG', () => {
    expect(describeError(new TypeError('x is undefined'), {})).toBe('khulasa: internal error: x is undefined (set DEBUG=1 for a stack trace)\n');
  });
});

describe('exit codes', () => {
  it('a run reports its most serious outcome', () => {
    expect(worst(ExitCode.OK, ExitCode.INPUT)).toBe(ExitCode.INPUT);
    expect(worst(ExitCode.INTERNAL, ExitCode.INPUT)).toBe(ExitCode.INTERNAL);
    expect(worst(ExitCode.OK, ExitCode.OK)).toBe(ExitCode.OK);
  });
});

describe('reading', () => {
  it('joins chunks and refuses more than maxBytes', async () => {
    expect(Buffer.from(await readAll(stdinOf('سلام'), 's', 100)).toString()).toBe('سلام');
    await expect(readAll(stdinOf('سلام'), 's', 7)).rejects.toThrow('s: larger than --max-bytes (7 bytes)');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
  });
  it('treats invisible format characters as blank', () => {
    expect(() => textOf(Buffer.from('\u200f \u200b\n'), 's', 'auto')).toThrow('s: input holds only whitespace');
    expect(textOf(Buffer.from(' مصر '), 's', 'auto').text).toBe(' مصر ');
  });
});
