import { parentPort, workerData } from 'node:worker_threads';
import { loadHtmlFor, processJob, type Job, type JobOptions } from './job.js';
import { flagOf } from './record.js';

/**
 * A pool worker: summarises chunks of jobs and sends back each chunk's lines as one buffer of
 * UTF-8 bytes, transferred (not copied), which the main thread writes as it is. Runs bundled
 * (dist/bundle/worker.js). Decoding the input, JSON.parse, JSON.stringify and encoding the output
 * all happen here: the main thread only moves bytes, and never holds an article's text or summary.
 *
 * Each input and each line is let go as soon as it has been used, so they die young; the bytes
 * of a chunk's lines gather outside the JavaScript heap, in a buffer kept from chunk to chunk.
 */
const fields = (workerData as { fields: JobOptions }).fields;
const utf8 = new TextEncoder();
let buffer = new Uint8Array(1 << 18);

async function work(seq: number, jobs: (Job | null)[]): Promise<void> {
  // The web-page extractor is loaded in a worker only when its chunk may hold a page.
  await loadHtmlFor(jobs as Job[]);
  const flags = new Uint8Array(jobs.length);
  let messages: (string | null)[] | undefined;
  let used = 0;
  for (let i = 0; i < jobs.length; i++) {
    const line = processJob(jobs[i] as Job, fields);
    jobs[i] = null;
    flags[i] = flagOf(line);
    if (line.message !== undefined) (messages ??= jobs.map(() => null))[i] = line.message;
    // A UTF-16 code unit takes at most three bytes of UTF-8.
    const most = used + line.line.length * 3 + 1;
    if (most > buffer.length) {
      const grown = new Uint8Array(Math.max(most, buffer.length * 2));
      grown.set(buffer.subarray(0, used));
      buffer = grown;
    }
    used += utf8.encodeInto(line.line, buffer.subarray(used)).written;
    if (!line.raw) buffer[used++] = 10;
  }
  // A buffer of the chunk's own size goes to the main thread; the big one stays for the next chunk.
  const bytes = buffer.slice(0, used);
  parentPort?.postMessage({ seq, bytes, flags, messages }, [bytes.buffer, flags.buffer]);
}

// Chunks are worked on in the order they came, even when one waits for the extractor to load.
let queue = Promise.resolve();
parentPort?.on('message', (chunk: { seq: number; jobs: (Job | null)[] }) => {
  queue = queue.then(() => work(chunk.seq, chunk.jobs));
});
