import { describe, expect, it, vi } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { fakeIo } from './fake-io.js';

// A summarize() that has a bug on some inputs: the CLI must report it per input and go on.
vi.mock('../../src/index.js', () => ({
  summarize: (text: string) => {
    if (text.includes('انهيار')) throw new TypeError("Cannot read properties of undefined (reading 'start')");
    return { schemaVersion: 1, participants: [], meetings: [], positions: [], resolutions: [], warnings: [] };
  },
}));

const { run } = await import('../../src/cli/run.js');

describe('a bug in summarize()', () => {
  it('is reported for its input, other inputs still print, exit 3', async () => {
    const { io, out, err } = fakeIo({ stdin: 'نص يسبب انهيار' });
    const code = await run(['-'], io);
    expect(code).toBe(ExitCode.INTERNAL);
    expect(out()).toBe('');
    expect(err()).toBe("khulasa: <stdin>: internal error: Cannot read properties of undefined (reading 'start') (set DEBUG=1 for a stack trace)\n");
  });

  it('shows the stack with DEBUG', async () => {
    const { io, err } = fakeIo({ stdin: 'نص يسبب انهيار', env: { DEBUG: '1' } });
    await run([], io);
    expect(err()).toMatch(/^khulasa: <stdin>: internal error: .*\nTypeError: .*\n\s+at /);
  });
});
