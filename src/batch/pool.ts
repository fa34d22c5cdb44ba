import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import type { Job, JobOptions, Lines } from './record.js';

/**
 * Workers always run the bundled worker from the build (one file to load, not ~100): this path
 * resolves to dist/bundle/worker.js from dist/bundle/*.js, from dist/batch/pool.js and from
 * src/batch/pool.ts (tests), so tests exercise the build.
 */
export const WORKER_URL = new URL('../../dist/bundle/worker.js', import.meta.url);

/**
 * Each worker is a V8 isolate with a heap of its own, and V8 sizes heaps for one isolate per
 * process: two uncapped workers took a 1 GB stream past 250 MB. The caps trade memory for
 * collection work. The young generation is where an article's garbage dies: at 8 MB a worker
 * collected it twice as often as at 16 and promoted more of each article's working set, and with
 * the old generation capped at 40 MB the full collections that followed (each also dropping
 * compiled regular expressions) made --jobs 2 use about 10% more CPU than two --jobs 1 processes.
 * Now that a worker keeps nothing of an article past its line (worker.ts), a worker's heap holds a
 * live set of about 19.5 MB after a full collection (lexicons, code; the same from the first to the
 * last article of a 1 GB stream), and V8 starts the next one about halfway between that and the
 * old generation's cap, so the cap sets how much garbage a worker carries: at 40 MB about 30% more
 * full collections than at 48 (26 against 20 over 3,000 articles; they cost about 1.3% of a
 * worker's time at 48) for less peak RSS (188 MB over the bench's 1 GB stream against 197 at 48,
 * in runs without the late ~20 MB step that the main thread's growing young generation caused, see
 * NO_GROWTH; these counts predate switching off pretenuring, see WORKER_V8_FLAGS, after which a
 * worker runs 2-3 full collections per 2,000 articles). At 32 MB they came
 * so often that worker CPU rose by a third. The cap also bounds a huge article, which then kills
 * its worker; runBatch summarises it in the main thread instead, so the output does not change.
 */
export const HEAP_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 40 };

/**
 * V8 flags for the workers' isolates, set before the first one starts (they are read when an
 * isolate is made or code is tiered up; the main isolate, which runs little code in a batch,
 * takes them too). Concurrent recompilation stays on, as in a --jobs 1 process: a worker's
 * optimising compiles run on V8's background threads, as those of each process of the bench's
 * ceiling do. Off (each worker compiling on its own thread) the CPU time was the same, but on this
 * shared 2-core machine --jobs 2 then got less of the CPU than two processes: run at the same time
 * on the bench's 2,000-article batch, --jobs 2 took 27.95 and 27.45 s against 21.9-22.0 and
 * 21.0-21.3 s for the two halves (CPU 15.3 and 14.3 s against 15.5 and 13.9 s for both halves),
 * and with it on 28.36 and 27.75 s against 27.6-28.3 and 26.5-27.2 s. Off once saved some 30 MB
 * of compiler memory that those threads' allocators kept; measured now (no pretenuring, young
 * generations capped) the peak over a 60 MB stream was 174 MB with it on, 171 MB off.
 * Sparkplug (the baseline compiler between the interpreter and the optimising one) stays on, as
 * in a --jobs 1 process: without it every function not hot enough for the optimising compiler
 * runs in the interpreter for good, 11% of a worker's CPU samples
 * over 2,000 articles each (perf, cpu-clock: interpreter bytecode handlers), 0.4% with it, for
 * some 3 MB more code per worker.
 * The young generation: a worker's starts at its full size (HEAP_LIMITS: two semi-spaces of 8 MB)
 * and none grows after that (NO_GROWTH). V8 doubles a young generation whenever enough has
 * survived into it since it last grew, and halves it only when allocation slows, so over a long
 * stream the main thread's (which only moves bytes, but survivors add up) grew step by step to the
 * 16 MB semi-spaces V8 allows it on this machine, and stayed there while the stream kept it
 * busy: over the bench's 1 GB stream its young generation went from 4 to 27 MB resident at ~760 MB
 * of input, and with scavenges rarer the buffers it lets go (input chunks, lines from workers)
 * waited longer to be freed (its external memory 10 to 27 MB; its malloc heap and the workers'
 * +11 MB): the late step of 25-30 MB in peak RSS (smaps and heap-space samples of that run).
 * No allocation-site pretenuring: while a worker loads (the lexicons' tables and indexes, all of
 * which live on) nearly every object survives its first collections, and V8 then marks the sites
 * that made them to allocate in the old generation from then on (--trace-pretenuring: ratio 1.0,
 * undecided => tenure), and never takes that back. Some of those sites go on making an article's
 * short-lived objects, in the old generation, where they hold the young objects they point to
 * alive through every scavenge until the next full collection: a worker promoted 366 KB per
 * scavenge (--trace-gc-nvp) and ran 15-17 full collections per 2,000 articles; without it 25 KB
 * and 2-3, and the whole process's CPU time over 4,000 articles (--jobs 2) fell from 16.7-17.3 s
 * to 14.9-15.6 s.
 */
const WORKER_V8_FLAGS = `--no-allocation-site-pretenuring --min-semi-space-size=${HEAP_LIMITS.maxYoungGenerationSizeMb / 2}`;

/**
 * No young generation grows. Set once each worker is online: making an isolate sets this flag
 * back to at least 2 (V8's heap set-up), so set before the workers start it held for nothing
 * (the main thread's young generation still grew to 16 MB semi-spaces, traced over a 1 GB stream).
 */
const NO_GROWTH = '--semi-space-growth-factor=1';

/** Chunks a worker holds at once: the next one waits in its queue, so it never idles between chunks. */
const DEPTH = 2;

interface Task {
  seq: number;
  jobs: Job[];
  resolve: (lines: Lines) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Chunks sent to this worker and not yet done, in the order it works on them. */
  tasks: Task[];
}

/**
 * A fixed set of worker threads running processJob on chunks of jobs. Each worker holds up to
 * DEPTH chunks (it works on them in order); waiting chunks queue here. A worker that dies fails its chunks (the caller turns that into retries and error
 * records) and is replaced, so one bad article cannot stop the batch.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private seq = 0;
  private closed = false;

  /** Start `size` workers running `url` (the bundled worker; tests substitute one); throws when it is missing. */
  constructor(
    size: number,
    private readonly fields: JobOptions,
    private readonly url: URL = WORKER_URL,
  ) {
    if (!existsSync(fileURLToPath(url))) throw new Error(`the worker pool needs the build (${fileURLToPath(url)} is missing): run npm run build`);
    setFlagsFromString(WORKER_V8_FLAGS);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Summarise a chunk of jobs on some worker; its lines come back as UTF-8 bytes, in the chunk's order. */
  run(jobs: Job[]): Promise<Lines> {
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
    const worker = new Worker(this.url, { workerData: { fields: this.fields }, resourceLimits: HEAP_LIMITS });
    const slot: Slot = { worker, tasks: [] };
    worker.once('online', () => setFlagsFromString(NO_GROWTH));
    worker.on('message', (msg: { seq: number; bytes: Uint8Array; flags: Uint8Array; messages?: (string | null)[] }) => {
      const at = slot.tasks.findIndex((t) => t.seq === msg.seq);
      if (at === -1) return;
      const [task] = slot.tasks.splice(at, 1);
      task.resolve(msg.messages ? { text: msg.bytes, flags: msg.flags, messages: msg.messages } : { text: msg.bytes, flags: msg.flags });
      this.dispatch();
    });
    const fail = (error: Error): void => {
      for (const task of slot.tasks.splice(0)) task.reject(error);
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
    // Fill the emptiest worker first, so that a worker never idles while another holds two chunks.
    for (let depth = 0; depth < DEPTH; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (slot.tasks.length > depth) continue;
        const task = this.queue.shift() as Task;
        slot.tasks.push(task);
        slot.worker.postMessage({ seq: task.seq, jobs: task.jobs });
      }
    }
  }
}
