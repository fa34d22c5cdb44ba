/** Where batch output goes: the CLI's stdout (an Output), or a stream through streamWriter(). */
export interface LineWriter {
  /** Resolves once the text (or its UTF-8 bytes) is accepted; rejects (e.g. with code EPIPE) when it cannot be. */
  write(text: string | Uint8Array): Promise<void>;
}

/** Why writing stopped: the reader went away (EPIPE, not an error) or the write failed. */
export type SinkState = 'open' | 'closed' | 'failed';

/**
 * Whole-line writes that never throw. The reader closing the pipe (`| head -1`) is the normal end
 * of a filter: it closes the sink quietly. Any other write error is kept for the caller to report.
 */
export class LineSink {
  state: SinkState = 'open';
  error: Error | null = null;

  constructor(private readonly out: LineWriter) {}

  /** Write text (or UTF-8 bytes) made of whole lines; resolves once the writer can take more. */
  async write(text: string | Uint8Array): Promise<void> {
    if (this.state !== 'open') return;
    try {
      await this.out.write(text);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException)?.code;
      this.state = code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' ? 'closed' : 'failed';
      this.error = e as Error;
    }
  }
}

/**
 * A LineWriter over a Node stream, with backpressure: resolves at once while the stream buffers,
 * or on 'drain'. A stream error (EPIPE included) rejects the pending and every later write; the
 * listener stays, so late errors cannot crash the process.
 */
export function streamWriter(stream: NodeJS.WritableStream): LineWriter {
  let broken: Error | null = null;
  let waiting: ((error: Error | null) => void) | null = null;
  stream.on('error', (error: Error) => {
    broken ??= error;
    waiting?.(error);
  });
  return {
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        if (broken) return reject(broken);
        if (stream.write(text)) return resolve();
        const done = (error: Error | null): void => {
          waiting = null;
          stream.removeListener('drain', onDrain);
          if (error) reject(error);
          else resolve();
        };
        const onDrain = (): void => done(null);
        waiting = done;
        stream.once('drain', onDrain);
      }),
  };
}
