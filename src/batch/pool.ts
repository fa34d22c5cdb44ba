import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Fields, Job, Line } from './job.js';

/**
 * Workers always run the bundled worker from the build (one file to load, not ~100): this path
 * resolves to dist/bundle/worker.js from dist/bundle/*.js, from dist/batch/pool.js and from
 * src/batch/pool.ts (tests), so tests exercise the build.
 */
export const WORKER_URL = new URL('../../dist/bundle/worker.js', import.meta.url);

/**
 * Each worker is a V8 isolate with its own heap, and V8 sizes heaps for one isolate per process:
 * two workers let their heaps grow to over 200 MB RSS on a 100 MB NDJSON stream. A small young
 * generation and a capped old one bound that: with 8 MB and 48 MB the peak crept up to 199 MB over
 * a 1 GB stream (180 MB after the first 100 MB), with 40 MB it starts lower (173 MB at 100 MB). A
 * 16 MB young generation cut a worker's time in scavenges (6-11% against 11-21% at 8 MB, measured
 * on a loaded machine) but took the peak to 198-202 MB by 200 MB of input, so it stays at 8. The
 * old cap costs no measurable GC time between 40 and 64 MB (the live set, mostly lexicons, is
 * far below). An article too big for the cap kills its worker; runBatch then summarises it in
 * the main thread, so the output does not change.
 */
const HEAP_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 40 };

interface Task {
  seq: number;
  jobs: Job[];
  resolve: (lines: Line[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

/**
 * A fixed set of worker threads running processJob on chunks of jobs. Each worker holds one chunk
 * at a time; waiting chunks queue here. A worker that dies fails its chunk (the caller turns that
 * into error records) and is replaced, so one bad article cannot stop the batch.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private seq = 0;
  private closed = false;

  /** Start `size` workers; throws when the build is missing. */
  constructor(size: number, private readonly fields: Fields) {
    if (!existsSync(fileURLToPath(WORKER_URL))) throw new Error(`the worker pool needs the build (${fileURLToPath(WORKER_URL)} is missing): run npm run build`);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Summarise a chunk of jobs on some worker; the lines come back in the chunk's order. */
  run(jobs: Job[]): Promise<Line[]> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error('pool closed'));
      this.queue.push({ seq: this.seq++, jobs, resolve, reject });
      this.dispatch();
    });
  }

  /** Stop every worker; pending chunks are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('pool closed'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: { fields: this.fields }, resourceLimits: HEAP_LIMITS });
    const slot: Slot = { worker, task: null };
    worker.on('message', (msg: { seq: number; lines: Line[] }) => {
      const task = slot.task;
      slot.task = null;
      if (task && task.seq === msg.seq) task.resolve(msg.lines);
      this.dispatch();
    });
    const fail = (error: Error): void => {
      const task = slot.task;
      slot.task = null;
      task?.reject(error);
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index !== -1) {
        worker.removeAllListeners();
        void worker.terminate();
        this.slots[index] = this.spawn();
        this.dispatch();
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`worker exited with code ${code}`));
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.task) continue;
      const task = this.queue.shift() as Task;
      slot.task = task;
      slot.worker.postMessage({ seq: task.seq, jobs: task.jobs });
    }
  }
}
