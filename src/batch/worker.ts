import { parentPort, workerData } from 'node:worker_threads';
import { loadHtmlFor, processJob, type JobOptions, type Job } from './job.js';

/**
 * A pool worker: summarises chunks of jobs and sends back their lines, in the chunk's order.
 * Runs bundled (dist/bundle/worker.js); the serialisation to JSON happens here too, so the main
 * thread only splits input and writes output.
 */
const fields = (workerData as { fields: JobOptions }).fields;
parentPort?.on('message', async (chunk: { seq: number; jobs: Job[] }) => {
  // The web-page extractor is loaded in a worker only when its chunk may hold a page.
  await loadHtmlFor(chunk.jobs);
  parentPort?.postMessage({ seq: chunk.seq, lines: chunk.jobs.map((job) => processJob(job, fields)) });
});
