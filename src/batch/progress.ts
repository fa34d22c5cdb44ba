import type { BatchStats } from './batch.js';

/** A progress display: updated with the running counts, stopped at the end. */
export interface Progress {
  update(stats: BatchStats): void;
  stop(): void;
}

/** What decides whether to spin: the CLI's stderr (an Output) or a stream. */
export interface Terminal {
  isTTY?: boolean;
  columns?: number;
}

const NONE: Progress = { update() {}, stop() {} };

/**
 * Spin only for a person watching: stderr is a terminal with a width, not under CI (logs would fill
 * with frames), and not --quiet. Pipes and redirected stderr stay clean.
 */
export function shouldSpin(stream: Terminal, env: Record<string, string | undefined>, quiet: boolean): boolean {
  return stream.isTTY === true && (stream.columns ?? 0) > 0 && !env.CI && !quiet;
}

/**
 * Start a spinner showing count, rate and errors, or nothing when shouldSpin says no. ora is
 * imported only here and only when it will spin: a one-article run never pays for loading it.
 * `terminal` decides; `stream` (stderr itself) is drawn on.
 */
export async function startProgress(
  terminal: Terminal,
  env: Record<string, string | undefined>,
  quiet: boolean,
  stream: NodeJS.WritableStream = process.stderr,
  now: () => number = Date.now,
): Promise<Progress> {
  if (!shouldSpin(terminal, env, quiet)) return NONE;
  const { default: ora } = await import('ora');
  const started = now();
  const spinner = ora({ stream, text: describe({ records: 0, errors: 0, internal: 0, chars: 0 }, 0), discardStdin: false, isEnabled: true }).start();
  let shown = 0;
  return {
    update(stats) {
      const t = now();
      // Redrawing costs a write per call; a few times a second is enough for the eye.
      if (t - shown < 100) return;
      shown = t;
      spinner.text = describe(stats, (t - started) / 1000);
      spinner.render();
    },
    stop() {
      spinner.stop();
    },
  };
}

/** "1,234 articles · 56/s · 3 errors" */
export function describe(stats: BatchStats, seconds: number): string {
  const rate = seconds > 0 ? Math.round(stats.records / seconds) : 0;
  const errors = stats.errors === 1 ? '1 error' : `${stats.errors.toLocaleString('en')} errors`;
  return `${stats.records.toLocaleString('en')} articles · ${rate.toLocaleString('en')}/s · ${errors}`;
}
