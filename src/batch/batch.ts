import { DEFAULT_FIELDS, ERROR, INTERNAL, linesOf, type JobOptions, type Job, type Lines } from './record.js';
import { WorkerPool } from './pool.js';
import { defaultJobs } from './cores.js';
import { LineSink, type LineWriter } from './sink.js';

/** Counts so far, for the progress display and the closing summary on stderr. */
export interface BatchStats {
  /** Lines written (records and error records). */
  records: number;
  errors: number;
  /** Error records caused by a failure of khulasa itself (INTERNAL), not of the input. */
  internal: number;
  /** Size of the input summarised: UTF-16 units of text files, bytes of NDJSON lines (a cheap proxy). */
  chars: number;
}

/** How the batch ended: all input done, the reader closed the pipe, a write failed, or aborted. */
export type BatchEnd = 'done' | 'closed' | 'write-failed' | 'aborted';

export interface BatchResult extends BatchStats {
  end: BatchEnd;
  /** The write error, when end is 'write-failed'. */
  writeError: Error | null;
  /** Non-fatal remarks (e.g. the worker pool could not start and the batch ran in one thread). */
  warnings: string[];
}

export interface BatchOptions {
  /** Worker threads; 1 (or a single job) summarises in this thread without starting any. */
  jobs?: number;
  fields?: JobOptions;
  /** Called with the message of each error that has no line of its own (event output). */
  onError?: (message: string) => void;
  /** Stop taking input (e.g. on Ctrl-C); lines already written stay whole. */
  signal?: AbortSignal;
  /** Called after every write with the running counts. */
  onProgress?: (stats: BatchStats) => void;
  /**
   * Most jobs per chunk sent to a worker (default 8). Small, because a worker holds two chunks and
   * at the end of a batch the other worker may have nothing left to do meanwhile.
   */
  chunkJobs?: number;
  /** Most text (characters of text files, bytes of NDJSON lines) per chunk sent to a worker. */
  chunkChars?: number;
  /** The workers' script (default: the bundled worker); tests substitute one that fails. */
  workerUrl?: URL;
}

/**
 * Summarise a stream of jobs into NDJSON on `out`, one line per job, in input order. Output is
 * streamed (each line is written as soon as it and all before it are done) and memory is bounded
 * (at most a few chunks per worker are in flight; input is pulled only when there is room).
 * Never throws for bad input: every failure is an error record on the job's own line.
 */
export async function runBatch(input: AsyncIterable<Job>, out: LineWriter, options: BatchOptions = {}): Promise<BatchResult> {
  const fields = options.fields ?? DEFAULT_FIELDS;
  const sink = new LineSink(out);
  const result: BatchResult = { records: 0, errors: 0, internal: 0, chars: 0, end: 'done', writeError: null, warnings: [] };
  const iterator = abortable(input[Symbol.asyncIterator](), options.signal);
  const stopped = (): boolean => sink.state !== 'open' || options.signal?.aborted === true;

  const emit = async (jobs: Job[], parts: Lines[]): Promise<void> => {
    // Lines from workers are bytes and are written as they are, never decoded here.
    for (const { text, flags, messages } of parts) {
      if (text.length) await sink.write(text);
      for (let i = 0; i < flags.length; i++) {
        if (messages?.[i] != null) options.onError?.(messages[i] as string);
        result.records++;
        if (flags[i] >= ERROR) result.errors++;
        if (flags[i] === INTERNAL) result.internal++;
      }
    }
    for (const job of jobs) result.chars += size(job);
    options.onProgress?.(result);
  };

  try {
    const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
    const first = await iterator.next();
    if (first.done) return result;
    const second = jobs > 1 && !stopped() ? await iterator.next() : null;
    // One worker costs a cold start of its own; a single article or --jobs 1 runs right here.
    let pool: WorkerPool | null = null;
    if (second && !second.done) {
      try {
        pool = new WorkerPool(jobs, fields, options.workerUrl);
      } catch (e) {
        result.warnings.push(`running in one thread: ${(e as Error).message}`);
      }
    }
    const prefix = [first.value, ...(second && !second.done ? [second.value] : [])];
    const rest = second && second.done ? null : iterator;
    if (pool) await pooled(pool, prefix, rest, emit, stopped, { ...options, jobs });
    else await inline(prefix, rest, fields, emit, stopped);
  } finally {
    if (sink.state === 'closed') result.end = 'closed';
    else if (sink.state === 'failed') {
      result.end = 'write-failed';
      result.writeError = sink.error;
    } else if (options.signal?.aborted) result.end = 'aborted';
    // Let the input release its resources (e.g. close a file) when we stop early. Not awaited:
    // a generator still waiting for stdin would only run its cleanup after that wait.
    if (result.end !== 'done') void iterator.return?.().catch(() => undefined);
  }
  return result;
}

/** How much text a job holds: UTF-16 units of a text file, bytes of an NDJSON line. */
function size(job: Job): number {
  return job.kind === 'text' ? job.text.length : job.kind === 'ndjson' ? job.bytes.length : 0;
}

/**
 * The jobs of a chunk with their NDJSON lines copied into one buffer. A line's bytes are a view
 * into the read chunk it came from, and sending a view to a worker copies its whole buffer; one
 * buffer of their own is copied once, and only the bytes of the lines. The buffer comes from
 * spares of its size class and goes back once the chunk is written (release): allocating one per
 * chunk left the main thread's allocator holding freed buffers between collections of its small
 * heap, and its resident memory crept up over a long stream.
 */
function packed(jobs: Job[]): { jobs: Job[]; buffer: Uint8Array | null } {
  let total = 0;
  for (const job of jobs) if (job.kind === 'ndjson') total += job.bytes.length;
  if (total === 0) return { jobs, buffer: null };
  const capacity = Math.max(1 << 14, 2 ** Math.ceil(Math.log2(total)));
  const buffer = spares.get(capacity)?.pop() ?? new Uint8Array(capacity);
  let at = 0;
  const out = jobs.map((job) => {
    if (job.kind !== 'ndjson') return job;
    buffer.set(job.bytes, at);
    return { ...job, bytes: buffer.subarray(at, (at += job.bytes.length)) };
  });
  return { jobs: out, buffer };
}

/** Spare packing buffers by capacity (powers of two), a few of each. */
const spares = new Map<number, Uint8Array[]>();

/** Give a chunk's packing buffer back once nothing reads it any more. */
function release(buffer: Uint8Array | null): void {
  if (!buffer) return;
  const list = spares.get(buffer.length) ?? [];
  if (list.length < 8) list.push(buffer);
  spares.set(buffer.length, list);
}

/**
 * The input's next() gives up (as if the input ended) once the signal aborts, so Ctrl-C is not
 * stuck behind a producer that has nothing to send.
 */
function abortable<T>(iterator: AsyncIterator<T>, signal?: AbortSignal): AsyncIterator<T> {
  if (!signal) return iterator;
  const ended: IteratorResult<T> = { done: true, value: undefined };
  return {
    next: () =>
      signal.aborted
        ? Promise.resolve(ended)
        : new Promise((resolve, reject) => {
            const onAbort = (): void => resolve(ended);
            signal.addEventListener('abort', onAbort, { once: true });
            iterator.next().then(
              (r) => (signal.removeEventListener('abort', onAbort), resolve(r)),
              (e: unknown) => (signal.removeEventListener('abort', onAbort), reject(e)),
            );
          }),
    return: async () => (await iterator.return?.()) ?? ended,
  };
}

type Emit = (jobs: Job[], parts: Lines[]) => Promise<void>;

async function inline(prefix: Job[], rest: AsyncIterator<Job> | null, fields: JobOptions, emit: Emit, stopped: () => boolean): Promise<void> {
  // The pipeline is loaded only where it runs: a pooled batch leaves it to the workers.
  const { loadHtmlFor, processJob } = await import('./job.js');
  for (const job of prefix) {
    if (stopped()) return;
    await loadHtmlFor([job]);
    await emit([job], [linesOf([processJob(job, fields)])]);
  }
  if (!rest) return;
  while (!stopped()) {
    const next = await rest.next();
    if (next.done) return;
    await loadHtmlFor([next.value]);
    await emit([next.value], [linesOf([processJob(next.value, fields)])]);
  }
}

interface Pending {
  jobs: Job[];
  /** The buffer the chunk's lines are packed in, released once they are written. */
  buffer: Uint8Array | null;
  /** The chunk's lines once done: one part, or one per job when the chunk had to be retried. */
  parts: Lines[] | null;
  settled: Promise<void>;
}

const IDLE = Symbol('idle');

async function pooled(pool: WorkerPool, prefix: Job[], rest: AsyncIterator<Job> | null, emit: Emit, stopped: () => boolean, options: BatchOptions): Promise<void> {
  const fields = options.fields ?? DEFAULT_FIELDS;
  const chunkJobs = options.chunkJobs ?? 8;
  const chunkChars = options.chunkChars ?? 1 << 20;
  const window = Math.max(2, (options.jobs ?? 2) * 4);
  const pending: Pending[] = [];
  let chunk: Job[] = [];
  let chunkSize = 0;

  const dispatch = (): void => {
    if (chunk.length === 0) return;
    const { jobs, buffer } = packed(chunk);
    chunk = [];
    chunkSize = 0;
    const entry: Pending = { jobs, buffer, parts: null, settled: Promise.resolve() };
    // A chunk lost with its worker (a huge article past the worker's heap limit) is retried one
    // job at a time, and a job that still fails runs here, in the main thread, with the memory a
    // --jobs 1 run would have had: the output stays what --jobs 1 writes.
    const alone = (job: Job): Promise<Lines> =>
      pool.run([job]).catch(async () => {
        const { loadHtmlFor, processJob } = await import('./job.js');
        await loadHtmlFor([job]);
        return linesOf([processJob(job, fields)]);
      });
    entry.settled = pool.run(jobs).then(
      (lines) => void (entry.parts = [lines]),
      async () => void (entry.parts = await Promise.all(jobs.map(alone))),
    );
    pending.push(entry);
  };
  const add = (job: Job): void => {
    chunk.push(job);
    chunkSize += size(job);
    if (chunk.length >= chunkJobs || chunkSize >= chunkChars) dispatch();
  };
  const flushReady = async (): Promise<void> => {
    while (pending.length > 0 && pending[0].parts && !stopped()) {
      const head = pending.shift() as Pending;
      await emit(head.jobs, head.parts as Lines[]);
      release(head.buffer);
    }
  };

  try {
    for (const job of prefix) add(job);
    let next: Promise<IteratorResult<Job>> | null = rest ? rest.next() : null;
    while (next && !stopped()) {
      await flushReady();
      if (pending.length >= window) {
        await pending[0].settled;
        continue;
      }
      // Wait for input, but when it stalls send the partial chunk off and write finished lines,
      // so a slow producer still sees output line by line.
      const waits: Promise<unknown>[] = [next];
      if (chunk.length > 0) waits.push(new Promise((resolve) => setImmediate(resolve, IDLE)));
      else if (pending.length > 0) waits.push(pending[0].settled);
      const won = await Promise.race(waits);
      if (won === IDLE) {
        dispatch();
        continue;
      }
      if (won !== undefined && won !== null && typeof won === 'object' && 'done' in won) {
        const step = won as IteratorResult<Job>;
        if (step.done) next = null;
        else {
          add(step.value);
          next = rest?.next() ?? null;
        }
      }
    }
    dispatch();
    while (pending.length > 0 && !stopped()) {
      await pending[0].settled;
      await flushReady();
    }
  } finally {
    await pool.close();
  }
}
