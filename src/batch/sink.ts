/** Why writing stopped: the reader went away (EPIPE, not an error) or the write failed. */
export type SinkState = 'open' | 'closed' | 'failed';

/**
 * Whole-line writes with backpressure. The reader closing the pipe (`| head -1`) is the normal end
 * of a filter: it closes the sink quietly. Any other write error is kept for the caller to report.
 * The error listener stays on the stream after a failure, so late writes cannot crash the process.
 */
export class LineSink {
  state: SinkState = 'open';
  error: Error | null = null;
  private wake: (() => void) | null = null;
  private readonly onError = (error: NodeJS.ErrnoException): void => {
    if (this.state === 'open') {
      this.state = error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' ? 'closed' : 'failed';
      this.error = error;
    }
    this.wake?.();
  };

  constructor(private readonly out: NodeJS.WritableStream) {
    out.on('error', this.onError);
  }

  /** Write text made of whole lines; resolves once the stream can take more. */
  async write(text: string): Promise<void> {
    if (this.state !== 'open') return;
    if (this.out.write(text)) return;
    await new Promise<void>((resolve) => {
      this.wake = resolve;
      this.out.once('drain', resolve);
    });
    this.out.removeListener('drain', this.wake as () => void);
    this.wake = null;
  }

  /** Detach from the stream, unless it failed (then the listener keeps absorbing late errors). */
  release(): void {
    if (this.state === 'open') this.out.removeListener('error', this.onError);
  }
}
