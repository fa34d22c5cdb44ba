/**
 * Process exit codes of the khulasa CLI; README.md documents the same table.
 * Warnings (e.g. "no Arabic text found") never change the exit code.
 */
export const ExitCode = {
  /** Every input was summarised (possibly with warnings). */
  OK: 0,
  /** At least one input could not be read or decoded; the others were still summarised. */
  INPUT: 1,
  /** Bad command line (unknown option, bad value), or no input given while stdin is a terminal. */
  USAGE: 2,
  /** A bug: khulasa threw while summarising an input. Set DEBUG=1 for the stack trace. */
  INTERNAL: 3,
  /** Stopped by Ctrl-C (SIGINT), as shells report it: 128 + 2. */
  INTERRUPTED: 130,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit code of a whole run: the most serious outcome among its inputs. */
export function worst(a: ExitCode, b: ExitCode): ExitCode {
  const rank = (c: ExitCode): number => [ExitCode.OK, ExitCode.INPUT, ExitCode.INTERNAL, ExitCode.USAGE, ExitCode.INTERRUPTED].indexOf(c);
  return rank(a) >= rank(b) ? a : b;
}
